using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// What a campaign has dialed: <c>GET .../progress</c>, <c>POST .../campaigns/progress</c>, <c>GET .../stats</c>,
/// <c>GET .../interactions</c> (reference §3.4, results reference §5) and the recycle <c>DELETE .../progress</c>.
/// </summary>
internal static class CampaignProgressEndpoints
{
    /// <summary>Progress and stats use the swagger-2018 code for an unknown campaign.</summary>
    public const string ProgressNotFoundMessage = "The dialer campaign was not found.";

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var view = RequiredPermission.Any("outbound:campaign:view");
        const string campaign = ApiPaths.Campaigns + "/{campaignId}";
        app.MapGet(campaign + "/progress", (HttpContext c, string campaignId) => Single(c, state, campaignId, CampaignProgressWire.Progress)).WithMetadata(view);
        app.MapPost(ApiPaths.Campaigns + "/progress", (HttpContext c) => ProgressOfMany(c, state)).WithMetadata(view);
        app.MapGet(campaign + "/stats", (HttpContext c, string campaignId) => Single(c, state, campaignId, CampaignProgressWire.Stats)).WithMetadata(view);
        app.MapGet(campaign + "/interactions", (HttpContext c, string campaignId) => Single(c, state, campaignId, CampaignProgressWire.Interactions)).WithMetadata(view);
        app.MapDelete(campaign + "/progress", (HttpContext c, string campaignId) => Recycle(c, state, campaignId))
            .WithMetadata(RequiredPermission.Any("outbound:campaign:edit", "outbound:campaign:recycle"));
    }

    private static IResult Single(HttpContext context, EmulatorState state, string campaignId, Func<EmulatorState, CampaignRecord, DateTimeOffset, JsonObject> wire)
    {
        using var sync = state.Synchronize(out var now);
        var campaign = state.FindCampaign(campaignId);
        return campaign is null
            ? ApiError.NotFound(context, "campaign.not.found", ProgressNotFoundMessage)
            : WireResults.Json(wire(state, campaign, now));
    }

    /// <summary><c>POST /api/v2/outbound/campaigns/progress</c> body <c>["id", ...]</c>: unknown ids are left out (UNCONFIRMED).</summary>
    private static IResult ProgressOfMany(HttpContext context, EmulatorState state)
    {
        if (!JsonRequestBody.TryReadStringArray(context, out var ids, out var error))
        {
            return error!;
        }

        using var sync = state.Synchronize(out var now);
        var result = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (state.FindCampaign(id) is { } campaign)
            {
                result.Add(CampaignProgressWire.Progress(state, campaign, now));
            }
        }

        return WireResults.Json(result);
    }

    /// <summary>"Reset campaign progress and recycle the campaign": 202 with no body; every contact is dialed again.</summary>
    private static IResult Recycle(HttpContext context, EmulatorState state, string campaignId)
    {
        using var sync = state.Synchronize(out var now);
        if (state.FindCampaign(campaignId) is not { } campaign)
        {
            return ApiError.NotFound(context, "campaign.not.found", ProgressNotFoundMessage);
        }

        state.Dialer.Recycle(campaign, now);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }
}
