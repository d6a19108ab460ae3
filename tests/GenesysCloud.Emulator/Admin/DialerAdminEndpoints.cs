using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// <c>GET /__emulator/dialer</c>: per campaign its status, pace, next dial time, queue and attempts, plus the DNC
/// skips; <c>?campaignId=</c> narrows it to one campaign. The same data as <see cref="EmulatedDialer"/>.
/// </summary>
internal static class DialerAdminEndpoints
{
    public static void Map(RouteGroupBuilder admin, EmulatorState state)
    {
        admin.MapGet("/dialer", (HttpContext context) =>
        {
            var only = context.Request.Query["campaignId"].ToString();
            using var sync = state.Synchronize(out var now);
            var campaigns = new JsonArray();
            foreach (var campaign in state.Campaigns.Where(c => only.Length == 0 || string.Equals(c.Id, only, StringComparison.OrdinalIgnoreCase)))
            {
                var dial = state.Dialer.StateFor(campaign);
                campaigns.Add(new JsonObject
                {
                    ["campaignId"] = campaign.Id,
                    ["name"] = campaign.Name,
                    ["campaignStatus"] = campaign.Status,
                    ["contactListId"] = campaign.ContactListId,
                    ["nextDialAt"] = dial.NextDialAt is { } next ? EmulatorState.Timestamp(next) : null,
                    ["queue"] = JsonSerializer.SerializeToNode(DialerQueueView.Of(state, campaign), EmulatorJson.Wire),
                    ["attempts"] = JsonSerializer.SerializeToNode(
                        state.Dialer.Attempts.Where(a => a.CampaignId == campaign.Id).Select(a => DialAttempt.From(a, now)), EmulatorJson.Wire),
                });
            }

            return WireResults.Json(new JsonObject
            {
                ["now"] = EmulatorState.Timestamp(now),
                ["paceSeconds"] = state.Dialer.Interval.TotalSeconds,
                ["campaigns"] = campaigns,
                ["skips"] = JsonSerializer.SerializeToNode(
                    state.Dialer.Skips.Where(s => only.Length == 0 || string.Equals(s.CampaignId, only, StringComparison.OrdinalIgnoreCase)), EmulatorJson.Wire),
            });
        });
    }
}
