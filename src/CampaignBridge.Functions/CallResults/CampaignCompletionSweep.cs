using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// When a followed campaign reaches <c>complete</c>, logs once what no conversation showed (reference
/// genesys-call-results.md §6.2.3): contacts the dialer skipped without a call (on a DNC list, attempt limits, time zones),
/// read from the contact-list export's call records. The export takes a while: a tick asks for it, later ticks collect it.
/// </summary>
internal sealed partial class CampaignCompletionSweep(
    IGenesysOutboundClient outbound,
    IGenesysConversationClient conversations,
    CallAttemptQueue queue,
    SweepStateStore states,
    IOptions<CallResultsOptions> options,
    TimeProvider timeProvider,
    ILogger<CampaignCompletionSweep> logger)
{
    private const string ContactIdColumn = "inin-outbound-id";

    /// <summary>Checks every followed campaign; returns how many skipped contacts were queued.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        foreach (var campaignId in options.Value.FollowedCampaignIds())
        {
            try
            {
                queued += await SweepCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
            }
            catch (GenesysApiException failure)
            {
                LogSweepFailed(logger, campaignId, failure.ErrorCode, failure.Hint);
            }
        }

        return queued;
    }

    private async Task<int> SweepCampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var campaign = await outbound.GetCampaignAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (campaign.CampaignStatus != CampaignStatuses.Complete || campaign.ContactList?.Id is not { } contactListId)
        {
            return 0;
        }

        var version = campaign.Version ?? 0;
        var state = await states.GetAsync(campaignId, cancellationToken).ConfigureAwait(false);
        if (state is { Done: true } && state.Version == version)
        {
            return 0;
        }

        if (state is null || state.Version != version)
        {
            await conversations.StartContactListExportAsync(contactListId, cancellationToken).ConfigureAwait(false);
            await states.SetAsync(campaignId, new SweepState(version, Done: false, timeProvider.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            LogExportRequested(logger, campaignId, contactListId);
            return 0;
        }

        var export = await conversations.GetContactListExportAsync(contactListId, cancellationToken).ConfigureAwait(false);
        if (export is null || (export.ExportTimestamp is { } taken && taken < state.ExportRequestedAt - TimeSpan.FromMinutes(1)))
        {
            return 0; // not ready yet (or an export from before the request): the next tick looks again
        }

        var rows = await conversations.DownloadContactListExportAsync(export, cancellationToken).ConfigureAwait(false);
        var attempts = SkippedAttempts(campaign, rows).ToList();
        var queued = await queue.QueueNewAsync(attempts, cancellationToken).ConfigureAwait(false);
        await states.SetAsync(campaignId, state with { Done = true }, cancellationToken).ConfigureAwait(false);
        LogSwept(logger, campaignId, rows.Count, attempts.Count, queued);
        return queued;
    }

    private IEnumerable<CallAttempt> SkippedAttempts(Campaign campaign, IReadOnlyList<IReadOnlyDictionary<string, string>> rows)
    {
        var skips = new HashSet<string>(options.Value.SweepResults, StringComparer.OrdinalIgnoreCase);
        var columns = (campaign.PhoneColumns ?? []).Select(c => c.ColumnName).OfType<string>().ToList();
        foreach (var row in rows)
        {
            if (!row.TryGetValue(ContactIdColumn, out var rawId) || !SalesforceRecordId.TryParse(rawId, out var contactId, out _))
            {
                continue;
            }

            foreach (var column in columns)
            {
                var result = Cell(row, $"CallRecordLastResult-{column}");
                var lastCampaign = Cell(row, $"CallRecordLastAttemptCampaign-{column}");
                if (result is null || !skips.Contains(result) || (lastCampaign is not null && !string.Equals(lastCampaign, campaign.Id, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var lastAttempt = Cell(row, $"CallRecordLastAttempt-{column}");
                var at = DateTimeOffset.TryParse(lastAttempt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : timeProvider.GetUtcNow();
                yield return new CallAttempt
                {
                    ConversationId = SweepKey(campaign.Id!, contactId.Value, column, lastAttempt ?? string.Empty),
                    CampaignId = campaign.Id!,
                    ContactListId = campaign.ContactList?.Id,
                    ContactId = contactId.Value,
                    AttemptStart = at,
                    AttemptEnd = at,
                    DialedNumber = Cell(row, column),
                    Result = result,
                    Origin = CallAttemptOrigins.Sweep,
                };
            }
        }
    }

    /// <summary>A stable GUID for a skip (campaign, contact, column, time): the same skip swept twice is one Task.</summary>
    internal static string SweepKey(string campaignId, string contactId, string column, string lastAttempt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{campaignId.ToLowerInvariant()}|{contactId}|{column}|{lastAttempt}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    private static string? Cell(IReadOnlyDictionary<string, string> row, string column)
        => row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} is complete: asked Genesys Cloud to export contact list {ContactListId} for the end-of-campaign sweep")]
    private static partial void LogExportRequested(ILogger logger, string campaignId, string contactListId);

    [LoggerMessage(Level = LogLevel.Information, Message = "End-of-campaign sweep of {CampaignId}: {Rows} contacts, {Skipped} skipped without a call, {Queued} newly queued")]
    private static partial void LogSwept(ILogger logger, string campaignId, int rows, int skipped, int queued);

    [LoggerMessage(Level = LogLevel.Warning, Message = "End-of-campaign sweep of {CampaignId} failed with {ErrorCode}; the next run tries again. {Hint}")]
    private static partial void LogSweepFailed(ILogger logger, string campaignId, string errorCode, string hint);
}
