using System.Net;
using CampaignBridge.Genesys.Errors;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Serialization;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Genesys.Outbound;

/// <summary>
/// Turns campaigns on and off: <c>POST .../start|stop</c> and one read afterwards (two round trips), whatever the action
/// answers for a campaign that is already there. Without the actions (APIs before 220.0.0: 404) or without their
/// permission (403) it falls back to <c>GET</c> + <c>PUT</c> with the current <c>version</c>, re-reading on 409.
/// </summary>
internal sealed class CampaignStatusChanger(GenesysApiTransport transport, ILogger<CampaignStatusChanger> logger)
{
    private static GenesysJsonContext Json => GenesysJsonContext.Wire;

    public async Task<Campaign> ChangeAsync(string campaignId, bool turnOn, CancellationToken cancellationToken)
    {
        var path = GenesysOutboundClient.CampaignPath(campaignId);
        var action = turnOn ? "start" : "stop";
        var operation = $"{action} campaign {campaignId}";

        // The action, the reads and the fallback share one budget: the caller (Apex) waits for all of them.
        using var budget = transport.StartBudget(cancellationToken);
        GenesysApiException? refused;
        bool endpointMissing;
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"{path}/{action}"))
        using (var response = await transport.SendAsync(request, idempotent: true, operation, budget).ConfigureAwait(false))
        {
            if (response.IsSuccessStatusCode)
            {
                return await transport.GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
            }

            // 404 is also the answer for an unknown campaign and 403 for a client without even :view; the read below tells.
            endpointMissing = response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden;
            refused = endpointMissing ? null : await GenesysErrorTranslator.FromResponseAsync(response, operation, campaignUpdate: false, budget.CallerToken)
                .ConfigureAwait(false);
            if (endpointMissing)
            {
                OutboundClientLog.FallingBackToUpdate(logger, campaignId, action, (int)response.StatusCode);
            }
        }

        var campaign = await transport.GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
        if (IsAlreadyThere(campaign, turnOn))
        {
            // Idempotent: the action may refuse a campaign that already is where it was asked to go (undocumented answer).
            OutboundClientLog.AlreadyInStatus(logger, campaignId, campaign.CampaignStatus, action);
            return campaign;
        }

        if (refused is not null)
        {
            OutboundClientLog.ActionRefused(logger, campaignId, action, refused.ErrorCode, refused.StatusCode);
            throw refused;
        }

        return await UpdateAsync(path, campaignId, campaign, turnOn, operation, budget).ConfigureAwait(false);
    }

    private async Task<Campaign> UpdateAsync(string path, string campaignId, Campaign campaign, bool turnOn, string operation, Resilience.OperationBudget budget)
    {
        for (var attempt = 1; ; attempt++)
        {
            // The whole object goes back (PUT replaces it), unknown fields included, with the version just read.
            var desired = campaign with { CampaignStatus = turnOn ? CampaignStatuses.On : CampaignStatuses.Off };
            using (var request = GenesysApiTransport.JsonRequest(HttpMethod.Put, path, desired, Json.Campaign))
            using (var response = await transport.SendAsync(request, idempotent: true, operation, budget).ConfigureAwait(false))
            {
                if (response.IsSuccessStatusCode)
                {
                    return await transport.GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
                }

                if (response.StatusCode != HttpStatusCode.Conflict || attempt >= GenesysOutboundLimits.MaxVersionConflictAttempts)
                {
                    throw await transport.FailAsync(response, operation, budget, campaignUpdate: true).ConfigureAwait(false);
                }
            }

            OutboundClientLog.VersionConflict(logger, campaignId, attempt, GenesysOutboundLimits.MaxVersionConflictAttempts);
            campaign = await transport.GetAsync(path, Json.Campaign, operation, budget).ConfigureAwait(false);
            if (IsAlreadyThere(campaign, turnOn))
            {
                return campaign;
            }
        }
    }

    private static bool IsAlreadyThere(Campaign campaign, bool turnOn)
        => turnOn
            ? campaign.CampaignStatus is CampaignStatuses.On
            : campaign.CampaignStatus is CampaignStatuses.Off or CampaignStatuses.Stopping or CampaignStatuses.ForcedOff or CampaignStatuses.ForcedStopping;
}
