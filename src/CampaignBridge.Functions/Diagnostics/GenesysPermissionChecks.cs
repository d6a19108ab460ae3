using CampaignBridge.Genesys;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>One read per Genesys permission the app needs (the results reads only when the way back is on).</summary>
internal sealed class GenesysPermissionChecks(IGenesysOutboundClient outbound, IGenesysConversationClient conversations, TimeProvider time, ILogger<GenesysPermissionChecks> logger)
{
    /// <summary>The check names, in order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        DiagnosticCheckNames.CampaignsRead, DiagnosticCheckNames.ContactListRead, DiagnosticCheckNames.DncListRead,
        DiagnosticCheckNames.AnalyticsRead, DiagnosticCheckNames.WrapUpCodesRead,
    ];

    public async Task RunAsync(List<DiagnosticCheck> checks, DiagnosticsOptions options, bool wayBack, CancellationToken cancellationToken)
    {
        Campaign? campaign = null;
        var campaignFailed = await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.CampaignsRead, async () =>
        {
            if (!string.IsNullOrWhiteSpace(options.CampaignId))
            {
                campaign = await outbound.GetCampaignAsync(options.CampaignId.Trim(), cancellationToken).ConfigureAwait(false);
                return $"Read campaign '{campaign.Name}' (Diagnostics:CampaignId): outbound:campaign:view is granted.";
            }

            var page = await outbound.ListCampaignsAsync(new CampaignQuery(PageSize: 1), cancellationToken).ConfigureAwait(false);
            campaign = page.Entities.FirstOrDefault();
            return $"Listed campaigns ({page.Total} in total): outbound:campaign:view is granted.";
        }, logger).ConfigureAwait(false);

        var contactListId = campaign?.ContactList?.Id;
        if (campaignFailed is not null || contactListId is null)
        {
            checks.Add(new DiagnosticCheck
            {
                Name = DiagnosticCheckNames.ContactListRead,
                Ok = false,
                Code = DiagnosticCheckNames.SkippedCode,
                Hint = campaignFailed is null ? "Create a campaign, or set Diagnostics:CampaignId, so its contact list can be checked." : null,
                Detail = campaignFailed is null
                    ? "Not checked: no campaign was found whose contact list could be read."
                    : $"Not checked because '{campaignFailed}' failed: the contact list is found through a campaign.",
            });
        }
        else
        {
            await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.ContactListRead, async () =>
            {
                var list = await outbound.GetContactListAsync(contactListId, cancellationToken).ConfigureAwait(false);
                return $"Read contact list '{list.Name}' of campaign '{campaign!.Name}' ({list.ColumnNames.Count} columns): outbound:contactList:view is granted.";
            }, logger).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(options.DncListId))
        {
            checks.Add(DiagnosticChecks.NotConfigured(DiagnosticCheckNames.DncListRead, "Not checked: Diagnostics:DncListId is not set.",
                "Set Diagnostics:DncListId to the internal DNC list AddDncNumbers writes to, to have it checked."));
        }
        else
        {
            await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.DncListRead, async () =>
            {
                var list = await outbound.GetDncListAsync(options.DncListId.Trim(), cancellationToken).ConfigureAwait(false);
                return list.IsInternal
                    ? $"Read DNC list '{list.Name}' (internal): outbound:dncList:view is granted."
                    : $"Read DNC list '{list.Name}': outbound:dncList:view is granted, but its type is '{list.DncSourceType}', so AddDncNumbers cannot write to it.";
            }, logger).ConfigureAwait(false);
        }

        await RunResultChecksAsync(checks, wayBack, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunResultChecksAsync(List<DiagnosticCheck> checks, bool wayBack, CancellationToken cancellationToken)
    {
        if (!wayBack)
        {
            const string Off = "Not checked: the way back is off (Salesforce:InstanceUrl is empty).";
            const string Hint = "Set Salesforce:InstanceUrl to log call results in Salesforce; the OAuth client then needs analytics:conversationDetail:view and routing:wrapupCode:view.";
            checks.Add(DiagnosticChecks.NotConfigured(DiagnosticCheckNames.AnalyticsRead, Off, Hint));
            checks.Add(DiagnosticChecks.NotConfigured(DiagnosticCheckNames.WrapUpCodesRead, Off, Hint));
            return;
        }

        await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.AnalyticsRead, async () =>
        {
            var now = time.GetUtcNow();
            var page = await conversations.QueryConversationDetailsAsync(new ConversationQuery
            {
                Interval = ConversationQuery.FormatInterval(now.AddMinutes(-1), now),
                Paging = new PagingSpec(1, 1),
            }, cancellationToken).ConfigureAwait(false);
            return $"Queried conversation details ({page.TotalHits} today): analytics:conversationDetail:view is granted.";
        }, logger).ConfigureAwait(false);

        await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.WrapUpCodesRead, async () =>
        {
            var codes = await conversations.ListWrapUpCodesAsync(cancellationToken).ConfigureAwait(false);
            return $"Read {codes.Count} wrap-up codes: routing:wrapupCode:view is granted.";
        }, logger).ConfigureAwait(false);
    }
}
