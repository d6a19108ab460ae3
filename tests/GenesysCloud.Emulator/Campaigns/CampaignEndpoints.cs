using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary><c>/api/v2/outbound/campaigns</c>: list, get, PUT, start/stop (reference §3.1–§3.3, §8.3, §8.4).</summary>
internal static class CampaignEndpoints
{
    public const int MaxIdsPerRequest = 100;

    /// <summary>§8.4: the GET 404 for a campaign is <c>not.found</c> with the generic text.</summary>
    public const string CampaignNotFoundMessage = ApiError.NotFoundMessage;

    public static void Map(IEndpointRouteBuilder app, EmulatorState state)
    {
        var view = RequiredPermission.Any("outbound:campaign:view");
        app.MapGet(ApiPaths.Campaigns, (HttpContext c) => List(c, state)).WithMetadata(view);
        app.MapGet(ApiPaths.Campaigns + "/{campaignId}", (HttpContext c, string campaignId) => Get(c, state, campaignId)).WithMetadata(view);
        // "Requires ALL permissions" (§8.4): its 403 is missing.permissions.
        app.MapPut(ApiPaths.Campaigns + "/{campaignId}", (HttpContext c, string campaignId) => Put(c, state, campaignId))
            .WithMetadata(RequiredPermission.All("outbound:campaign:edit"));
        app.MapPost(ApiPaths.Campaigns + "/{campaignId}/start", (HttpContext c, string campaignId) => Action(c, state, campaignId, CampaignStatuses.On))
            .WithMetadata(RequiredPermission.Any("outbound:campaign:start"), CampaignActionEndpoint.Instance);
        app.MapPost(ApiPaths.Campaigns + "/{campaignId}/stop", (HttpContext c, string campaignId) => Action(c, state, campaignId, CampaignStatuses.Off))
            .WithMetadata(RequiredPermission.Any("outbound:campaign:stop"), CampaignActionEndpoint.Instance);
        CampaignProgressEndpoints.Map(app, state);
    }

    public static IResult CampaignNotFound(HttpContext context) => ApiError.NotFound(context, "not.found", CampaignNotFoundMessage);

    private static IResult List(HttpContext context, EmulatorState state)
    {
        var query = context.Request.Query;
        if (!EntityListing.TryPaging(context, state.Settings, out var pageSize, out var pageNumber, out var pagingError))
        {
            return pagingError!;
        }

        var filterType = query["filterType"].ToString() is { Length: > 0 } given ? given : "Prefix";
        var canonicalFilter = CampaignNameFilter.FilterTypes.FirstOrDefault(f => f.Equals(filterType, StringComparison.OrdinalIgnoreCase));
        if (canonicalFilter is null)
        {
            return ApiError.InvalidQueryParam(context, "filterType", filterType, string.Join(", ", CampaignNameFilter.FilterTypes));
        }

        var ids = EntityListing.Ids(context);
        if (ids.Count > MaxIdsPerRequest)
        {
            return ApiError.BadRequest(context, "too.many.bulk.retrieves", "Only 100 campaigns can be retrieved by id at a time");
        }

        var sortOrder = query["sortOrder"].ToString();
        if (sortOrder.Length > 0 && !sortOrder.Equals("ascending", StringComparison.OrdinalIgnoreCase)
            && !sortOrder.Equals("descending", StringComparison.OrdinalIgnoreCase))
        {
            return ApiError.InvalidQueryParam(context, "sortOrder", sortOrder, "ascending, descending");
        }

        var name = query["name"].ToString();
        var contactListId = query["contactListId"].ToString();
        var sortBy = query["sortBy"].ToString();
        Func<string, bool> nameFilter;
        try
        {
            nameFilter = CampaignNameFilter.For(canonicalFilter, name);
        }
        catch (RegexParseException)
        {
            return ApiError.InvalidQueryParam(context, "name", name, "a valid regular expression");
        }

        List<JsonObject> matches;
        using (state.Synchronize(out _))
        {
            IEnumerable<CampaignRecord> campaigns = state.Campaigns;
            if (name.Length > 0)
            {
                campaigns = campaigns.Where(c => nameFilter(c.Name));
            }

            if (ids.Count > 0)
            {
                campaigns = campaigns.Where(c => ids.Contains(c.Id, StringComparer.OrdinalIgnoreCase));
            }

            if (contactListId.Length > 0)
            {
                campaigns = campaigns.Where(c => string.Equals(c.ContactListId, contactListId, StringComparison.OrdinalIgnoreCase));
            }

            // Default order is seed/creation order (UNCONFIRMED); sortBy=name sorts by name.
            if (sortBy.Equals("name", StringComparison.OrdinalIgnoreCase))
            {
                campaigns = sortOrder.Equals("descending", StringComparison.OrdinalIgnoreCase)
                    ? campaigns.OrderByDescending(c => c.Name, StringComparer.OrdinalIgnoreCase)
                    : campaigns.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase);
            }

            matches = [.. campaigns.Select(c => c.Snapshot())];
        }

        return WireResults.Json(EntityListing.Page(context, ApiPaths.Campaigns, matches, pageSize, pageNumber));
    }

    private static IResult Get(HttpContext context, EmulatorState state, string campaignId)
    {
        using var sync = state.Synchronize(out _);
        // Non-GUID ids also get 404 (UNCONFIRMED: Genesys may answer 400 for them).
        return state.FindCampaign(campaignId) is { } campaign ? WireResults.Json(campaign.Snapshot()) : CampaignNotFound(context);
    }

    private static IResult Put(HttpContext context, EmulatorState state, string campaignId)
    {
        if (!JsonRequestBody.TryReadJson(context, out var node, out var error))
        {
            return error!;
        }

        if (node is not JsonObject body)
        {
            return ApiError.MalformedJson(context);
        }

        using var sync = state.Synchronize(out var now);
        var campaign = state.FindCampaign(campaignId);
        if (campaign is null)
        {
            return CampaignNotFound(context);
        }

        var sentVersion = CampaignValidation.Integer(body, "version");
        if (sentVersion != campaign.Version)
        {
            return WrongVersion(context, campaign, sentVersion);
        }

        if (CampaignValidation.Validate(context, state, campaign, body) is { } invalid)
        {
            return invalid;
        }

        var requestedStatus = CampaignValidation.Text(body, "campaignStatus");
        if (requestedStatus is null)
        {
            // "Required for updates" (reference §3.3); code and text UNCONFIRMED.
            return ApiError.BadRequest(context, "invalid.update",
                "An attempt was made to update a Campaign in an invalid way. Details: campaignStatus is required", "campaignStatus");
        }

        if (!CampaignStatuses.All.Contains(requestedStatus))
        {
            return ApiError.InvalidValue(context, "campaignStatus", requestedStatus, string.Join(", ", CampaignStatuses.All));
        }

        if (!CampaignTransitions.IsAllowed(campaign.Status, requestedStatus, state.Settings))
        {
            return InvalidTransition(context, campaign.Status, requestedStatus);
        }

        // PUT is a full replace: the stored object becomes the body, with the read-only fields kept by the server.
        var previous = campaign.Body;
        var previousStatus = campaign.Status;
        var replacement = (JsonObject)body.DeepClone();
        replacement["id"] = campaign.Id;
        replacement["version"] = campaign.Version + 1;
        replacement["dateCreated"] = previous["dateCreated"]?.DeepClone();
        replacement["dateModified"] = EmulatorState.Timestamp(now);
        replacement["selfUri"] = ApiPaths.Campaign(campaign.Id);
        replacement["campaignStatus"] = previousStatus;
        if (replacement["contactList"] is JsonObject contactList)
        {
            var listId = CampaignValidation.Text(contactList, "id")!;
            contactList["name"] ??= state.FindContactList(listId)?.Name;
            contactList["selfUri"] = ApiPaths.ContactList(listId);
        }

        campaign.Body = replacement;
        ChangeStatus(state, campaign, requestedStatus, now);
        return WireResults.Json(campaign.Snapshot());
    }

    /// <summary>
    /// <c>POST .../start|stop</c>: no body, 200 with an empty body. Starting an <c>on</c> campaign and stopping an
    /// <c>off</c> one are no-op 200s (UNCONFIRMED: the reference has no error list for these endpoints). A status
    /// change bumps version and dateModified like a PUT (UNCONFIRMED).
    /// </summary>
    private static IResult Action(HttpContext context, EmulatorState state, string campaignId, string to)
    {
        using var sync = state.Synchronize(out var now);
        var campaign = state.FindCampaign(campaignId);
        if (campaign is null)
        {
            return CampaignNotFound(context);
        }

        var from = campaign.Status;
        if (!CampaignTransitions.IsAllowed(from, to, state.Settings))
        {
            return InvalidTransition(context, from, to);
        }

        ChangeStatus(state, campaign, to, now);
        if (campaign.Status != from)
        {
            campaign.Body["version"] = campaign.Version + 1;
            campaign.Body["dateModified"] = EmulatorState.Timestamp(now);
        }

        return Results.Ok();
    }

    private static void ChangeStatus(EmulatorState state, CampaignRecord campaign, string to, DateTimeOffset now)
    {
        var from = campaign.Status;
        CampaignTransitions.Apply(campaign, to, now, state.Settings.StoppingDelaySeconds);
        // Also after a PUT without a status change: it may have switched the contact list.
        state.Dialer.StatusChanged(campaign, from, now);
    }

    private static IResult WrongVersion(HttpContext context, CampaignRecord campaign, int? sentVersion)
    {
        // Code from the reference; message text UNCONFIRMED.
        var sent = sentVersion?.ToString(CultureInfo.InvariantCulture) ?? "null";
        var currentVersion = campaign.Version.ToString(CultureInfo.InvariantCulture);
        return ApiError.Create(
            context,
            StatusCodes.Status409Conflict,
            "invalid.update.wrong.version",
            $"The campaign version [{sent}] does not match the current version [{currentVersion}]. Get the campaign again and send its current version.",
            new Dictionary<string, string> { ["version"] = sent, ["currentVersion"] = currentVersion },
            "The campaign version [{version}] does not match the current version [{currentVersion}]. Get the campaign again and send its current version.",
            [new ErrorDetail("invalid.update.wrong.version", "version")],
            campaign.Id,
            campaign.Name);
    }

    private static IResult InvalidTransition(HttpContext context, string from, string to) =>
        ApiError.Create(
            context,
            StatusCodes.Status400BadRequest,
            CampaignTransitions.InvalidTransitionCode,
            CampaignTransitions.InvalidTransitionMessage(from, to),
            new Dictionary<string, string> { ["from"] = from.ToUpperInvariant(), ["to"] = to.ToUpperInvariant() },
            "An attempt was made to update a Campaign in an invalid way. Details: Invalid transition from <{from}> to <{to}>",
            [new ErrorDetail(CampaignTransitions.InvalidTransitionCode, "campaignStatus")]);
}
