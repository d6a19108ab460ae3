using CampaignBridge.Genesys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Reads finished outbound conversations of the followed campaigns from the analytics detail query (reference
/// genesys-call-results.md §6.2) and queues one attempt per conversation; with <see cref="CallResultsOptions.LogAtHangUp"/>
/// a call an agent is still wrapping up is queued at hang-up too, and again (updating the same Task) once it is final.
/// </summary>
/// <remarks>
/// <para>
/// The query searches daily indexes by conversation <b>start</b> (§1.3): the interval runs from a stored UTC midnight to
/// now, sorted by <c>conversationEnd</c>, filtered to ended conversations of the followed campaigns. In that order new
/// conversations arrive at the end, so the reader keeps an offset: everything before it is done, and a tick reads from
/// its page on, <see cref="GenesysConversationLimits.MaxPageSize"/> at a time, so each conversation is read about once.
/// </para>
/// <para>
/// The offset never passes a conversation that is not final yet (an agent still wrapping up, §1.8) nor one that ended
/// within <see cref="CallResultsOptions.LookBack"/> — a conversation analytics files late sorts among those, so it is
/// still read. When the oldest conversation still to watch ended more than a day plus
/// <see cref="CallResultsOptions.MaxConversationDuration"/> after the interval's start, the start moves to a later
/// midnight and the offset to 0; the conversations read again are recognised by the queue's ledger.
/// </para>
/// </remarks>
internal sealed partial class ConversationReader(
    IGenesysConversationClient genesys,
    WrapUpCodeDirectory wrapUpCodes,
    CallAttemptQueue queue,
    ReaderPositionStore positions,
    IOptions<CallResultsOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationReader> logger)
{
    /// <summary>At most this many followed campaigns fit one query's filter (a predicate each; UNCONFIRMED upstream limit).</summary>
    public const int MaxFollowedCampaigns = 50;

    private const int PageSize = GenesysConversationLimits.MaxPageSize;

    public async Task<ReadResult> ReadAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var campaigns = settings.FollowedCampaignIds();
        if (campaigns.Count == 0)
        {
            return ReadResult.Idle;
        }

        var now = timeProvider.GetUtcNow();
        var threshold = now - settings.LookBack;
        var filterKey = string.Join(',', campaigns.Order(StringComparer.OrdinalIgnoreCase));
        var position = await positions.GetAsync(cancellationToken).ConfigureAwait(false);
        if (position is null || position.FilterKey != filterKey)
        {
            position = new ReaderPosition(filterKey, Midnight(threshold - settings.MaxConversationDuration), 0);
        }

        var pageNumber = (position.Offset / PageSize) + 1;
        var index = (pageNumber - 1) * PageSize;
        int? resumeIndex = null;
        DateTimeOffset? resumeEnd = null;
        DateTimeOffset? lastEnd = null;
        var complete = false;
        var pages = 0;
        var unfinished = 0;
        var finals = new List<AnalyticsConversation>();
        var waiting = new List<AnalyticsConversation>();
        try
        {
            for (; pages < settings.MaxPagesPerTick && !cancellationToken.IsCancellationRequested; pageNumber++)
            {
                var page = await genesys.QueryConversationDetailsAsync(Query(campaigns, position.IntervalStart, now, pageNumber), cancellationToken).ConfigureAwait(false);
                pages++;
                foreach (var conversation in page.Conversations)
                {
                    var end = conversation.ConversationEnd ?? now;
                    lastEnd = end;
                    var final = CallAttemptExtractor.IsFinal(conversation, now, settings.WrapUpGracePeriod);
                    if (resumeIndex is null && (!final || end >= threshold))
                    {
                        resumeIndex = index;
                        resumeEnd = end;
                    }

                    if (final)
                    {
                        finals.Add(conversation);
                    }
                    else
                    {
                        unfinished++;
                        if (settings.LogAtHangUp && conversation.ConversationEnd is not null)
                        {
                            waiting.Add(conversation);
                        }
                    }

                    index++;
                }

                if (page.Conversations.Count == 0 || (long)pageNumber * PageSize >= page.TotalHits)
                {
                    complete = true;
                    break;
                }
            }
        }
        catch (GenesysApiException failure)
        {
            // The position is not moved: the next tick reads the same conversations again (the ledger drops what was queued).
            LogReadFailed(logger, failure.ErrorCode, pages, failure.Hint);
            var partial = await QueueAsync(finals, waiting, cancellationToken).ConfigureAwait(false);
            return new ReadResult(pages, finals.Count + unfinished, partial.Queued, partial.AlreadyQueued, unfinished, failure.ErrorCode);
        }

        var (queued, alreadyQueued) = await QueueAsync(finals, waiting, cancellationToken).ConfigureAwait(false);
        await positions.SetAsync(Next(position, settings, threshold, complete, index, resumeIndex, resumeEnd, lastEnd) with { ReadAt = now }, cancellationToken).ConfigureAwait(false);
        LogRead(logger, pages, finals.Count + unfinished, queued, alreadyQueued, unfinished);
        return new ReadResult(pages, finals.Count + unfinished, queued, alreadyQueued, unfinished, null);
    }

    /// <summary>The query of the followed campaigns' ended conversations from <paramref name="start"/> to now, in end order.</summary>
    internal static ConversationQuery Query(IReadOnlyList<string> campaigns, DateTimeOffset start, DateTimeOffset now, int pageNumber) => new()
    {
        Interval = ConversationQuery.FormatInterval(start, now),
        Order = "asc",
        OrderBy = "conversationEnd",
        Paging = new PagingSpec(PageSize, pageNumber),
        ConversationFilters = [new ConversationFilter { Type = "and", Predicates = [new ConversationPredicate { Dimension = "conversationEnd", Operator = "exists" }] }],
        SegmentFilters =
        [
            new ConversationFilter
            {
                Type = "or",
                Predicates = [.. campaigns.Select(id => new ConversationPredicate { Dimension = "outboundCampaignId", Value = id })],
            },
        ],
    };

    /// <summary>Where the next tick resumes (see the class remarks).</summary>
    private static ReaderPosition Next(
        ReaderPosition position, CallResultsOptions settings, DateTimeOffset threshold, bool complete, int index, int? resumeIndex, DateTimeOffset? resumeEnd, DateTimeOffset? lastEnd)
    {
        // The oldest conversation still to watch, and its end: the first unfinished or recent one, else (the page budget
        // ran out) the first one not read yet, else (all read and done) the look-back threshold.
        var (offset, watchFrom) = resumeIndex is { } resume
            ? (resume, resumeEnd!.Value)
            : complete ? (index, threshold) : (index, lastEnd ?? threshold);
        var start = Midnight((watchFrom < threshold ? watchFrom : threshold) - settings.MaxConversationDuration);
        return start > position.IntervalStart
            ? position with { IntervalStart = start, Offset = 0 }
            : position with { Offset = offset };
    }

    private async Task<(int Queued, int AlreadyQueued)> QueueAsync(
        IReadOnlyList<AnalyticsConversation> finals, IReadOnlyList<AnalyticsConversation> waiting, CancellationToken cancellationToken)
    {
        // Each conversation with whether it is still waiting for its wrap-up (logged at hang-up).
        var conversations = finals.Select(c => (Conversation: c, AtHangUp: false)).Concat(waiting.Select(c => (Conversation: c, AtHangUp: true))).ToList();
        if (conversations.Count == 0)
        {
            return (0, 0);
        }

        var codes = conversations.SelectMany(c => c.Conversation.Participants).SelectMany(p => p.Sessions).SelectMany(s => s.Segments)
            .Select(s => s.WrapUpCode).OfType<string>();
        var names = await wrapUpCodes.ResolveAsync(codes, cancellationToken).ConfigureAwait(false);
        var attempts = new List<CallAttempt>(conversations.Count);
        foreach (var (conversation, atHangUp) in conversations)
        {
            if (CallAttemptExtractor.Extract(conversation, names) is { } attempt)
            {
                attempts.Add(atHangUp ? attempt with { AwaitingWrapUp = true } : attempt);
            }
            else
            {
                LogNotAnAttempt(logger, conversation.ConversationId ?? "(no id)");
            }
        }

        var queued = await queue.QueueNewAsync(attempts, cancellationToken).ConfigureAwait(false);
        return (queued, attempts.Count - queued);
    }

    private static DateTimeOffset Midnight(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);

    [LoggerMessage(Level = LogLevel.Information, Message = "Call results read: {Pages} pages, {Conversations} conversations, {Queued} new attempts queued, {AlreadyQueued} queued before, {Unfinished} not final yet")]
    private static partial void LogRead(ILogger logger, int pages, int conversations, int queued, int alreadyQueued, int unfinished);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading call results from Genesys Cloud stopped after {Pages} pages: {ErrorCode}; the next run reads them again. {Hint}")]
    private static partial void LogReadFailed(ILogger logger, string errorCode, int pages, string hint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId} of a followed campaign has no Salesforce record as its contact; nothing to log")]
    private static partial void LogNotAnAttempt(ILogger logger, string conversationId);
}
