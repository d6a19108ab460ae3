using CampaignBridge.Functions.Outbox;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// The way back's target: a request upserts up to 200 attempts as Tasks by conversation id (per-record results), then,
/// for the Tasks written whose outcome is mapped, sets the CampaignMember status and do-not-call (Salesforce and the
/// Genesys DNC list). An attempt is delivered when all of its writes are; a per-record refusal carries Salesforce's code
/// and message, and lock errors are retried (reference salesforce-rest-api.md §4.4).
/// </summary>
internal sealed class CallResultDeliveryTarget(
    ISalesforceClient salesforce,
    IGenesysOutboundClient genesys,
    CampaignMemberStatusWriter members,
    IOptions<CallResultsOptions> options) : IDeliveryTarget<CallAttempt, CallResultMessage>
{
    public string Name => "Salesforce";

    public string KeyOf(CallAttempt item) => item.ConversationId;

    /// <summary>
    /// Not a time but a rank: the attempt with the wrap-up beats the one logged at hang-up in whatever order the two meet
    /// in a tick; two of the same kind keep "the later write wins".
    /// </summary>
    public DateTimeOffset? ModifiedAtOf(CallAttempt item) => RankOf(item);

    /// <summary>See <see cref="ModifiedAtOf"/>: the lowest rank for an attempt logged at hang-up, the highest for a final one.</summary>
    internal static DateTimeOffset RankOf(CallAttempt item) => item.AwaitingWrapUp ? DateTimeOffset.MinValue : DateTimeOffset.MaxValue;

    public IEnumerable<IReadOnlyList<CallAttempt>> Chunk(IEnumerable<CallAttempt> items) => items.Chunk(CallResultsOptions.MaxAttemptsPerRequest);

    public async Task<IReadOnlyList<ItemOutcome>> WriteAsync(CallResultMessage batch, IReadOnlyList<CallAttempt> chunk, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var results = await salesforce.UpsertAsync(CallResultTask.SObjectType, CallResultTask.ConversationIdField, [.. chunk.Select(a => CallResultTask.From(a, settings))], cancellationToken)
            .ConfigureAwait(false);
        var outcomes = chunk.Select((_, index) => Outcome(index < results.Count ? results[index] : null)).ToArray();

        // Outcome rules act on the result, which an attempt logged at hang-up does not have yet.
        var written = Enumerable.Range(0, chunk.Count).Where(i => outcomes[i].Kind == ItemOutcomeKind.Delivered && !chunk[i].AwaitingWrapUp).ToList();
        var doNotCall = written.Where(i => settings.RuleFor(chunk[i])?.DoNotCall == true).ToList();
        await MarkDoNotCallAsync(chunk, doNotCall, outcomes, settings, cancellationToken).ConfigureAwait(false);
        await members.SetStatusesAsync(chunk, written.Where(i => outcomes[i].Kind == ItemOutcomeKind.Delivered).ToList(), outcomes, cancellationToken).ConfigureAwait(false);
        return outcomes;
    }

    public bool IsTargetFailure(Exception exception) => exception is SalesforceApiException or GenesysApiException;

    public DeliveryFailure Classify(Exception exception) => exception switch
    {
        SalesforceApiException { ErrorCode: SalesforceErrorCodes.RequestLimitExceeded or SalesforceErrorCodes.ApiAllocationLow } limited
            => new DeliveryFailure(DeliveryFailureKind.RateLimited, limited.ErrorCode, Describe(limited.ErrorCode, limited.Message, limited.Hint), limited.RetryAfter),

        // Outages, sessions, credentials, permissions and a request Salesforce refuses as a whole (a field the org does not
        // have) are for time or an administrator to fix; the attempts are fine, so they wait.
        SalesforceApiException failure => new DeliveryFailure(DeliveryFailureKind.Transient, failure.ErrorCode, Describe(failure.ErrorCode, failure.Message, failure.Hint)),
        GenesysApiException { ErrorCode: GenesysErrorCodes.RateLimited } limited
            => new DeliveryFailure(DeliveryFailureKind.RateLimited, limited.ErrorCode, Describe(limited.ErrorCode, limited.Message, limited.Hint), limited.RetryAfter),
        GenesysApiException failure => new DeliveryFailure(DeliveryFailureKind.Transient, failure.ErrorCode, Describe(failure.ErrorCode, failure.Message, failure.Hint)),
        _ => throw new ArgumentException("Not a target failure.", nameof(exception)),
    };

    /// <summary>The outcome of one record's write: delivered, retried (lock errors), or refused with Salesforce's code and message.</summary>
    internal static ItemOutcome Outcome(SaveResult? result)
    {
        if (result is null)
        {
            return ItemOutcome.Retry("Salesforce gave no result for this record.");
        }

        if (result.Success)
        {
            return ItemOutcome.Delivered;
        }

        var reason = result.Errors.Count == 0
            ? "Salesforce refused the record without a reason."
            : string.Join("; ", result.Errors.Select(e => e.Fields.Count == 0 ? $"{e.StatusCode}: {e.Message}" : $"{e.StatusCode}: {e.Message} ({string.Join(", ", e.Fields)})"));
        return result.Errors.Count > 0 && result.Errors.All(e => e.IsRetryable) ? ItemOutcome.Retry(reason) : ItemOutcome.Rejected(reason);
    }

    /// <summary>
    /// <c>DoNotCall = true</c> on the Leads/Contacts, and their numbers onto <see cref="CallResultsOptions.DncListId"/>, so the
    /// two systems agree. A number Genesys refuses for good (a full list) refuses the attempt with the reason; the Task stays.
    /// </summary>
    private async Task MarkDoNotCallAsync(IReadOnlyList<CallAttempt> chunk, List<int> indexes, ItemOutcome[] outcomes, CallResultsOptions settings, CancellationToken cancellationToken)
    {
        if (indexes.Count == 0)
        {
            return;
        }

        var byContact = indexes.GroupBy(i => chunk[i].ContactId, StringComparer.Ordinal).ToList();
        var updates = byContact.Select(g => new WritableSObject(g.Key.StartsWith("003", StringComparison.Ordinal) ? "Contact" : "Lead", g.Key) { ["DoNotCall"] = true }).ToList();
        var saved = await salesforce.UpdateAsync(updates, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < byContact.Count; index++)
        {
            var outcome = Outcome(index < saved.Count ? saved[index] : null);
            if (outcome.Kind != ItemOutcomeKind.Delivered)
            {
                foreach (var i in byContact[index])
                {
                    outcomes[i] = outcome with { Reason = $"do-not-call: {outcome.Reason}" };
                }
            }
        }

        if (settings.DncListId is not { Length: > 0 } dncListId)
        {
            return;
        }

        var numbered = indexes.Where(i => outcomes[i].Kind == ItemOutcomeKind.Delivered && !string.IsNullOrWhiteSpace(chunk[i].DialedNumber)).ToList();
        if (numbered.Count == 0)
        {
            return;
        }

        try
        {
            await genesys.AddDncPhoneNumbersAsync(dncListId, [.. numbered.Select(i => chunk[i].DialedNumber!).Distinct(StringComparer.Ordinal)], null, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (GenesysApiException refused) when (refused.ErrorCode is not (GenesysErrorCodes.RateLimited or GenesysErrorCodes.Unavailable or GenesysErrorCodes.Timeout))
        {
            var reason = $"Genesys DNC list {dncListId}: {Describe(refused.ErrorCode, refused.Message, refused.Hint)}";
            foreach (var i in numbered)
            {
                outcomes[i] = ItemOutcome.Rejected(reason);
            }
        }
    }

    private static string Describe(string code, string message, string? hint) => string.IsNullOrEmpty(hint) ? $"{code}: {message}" : $"{code}: {message} {hint}";
}
