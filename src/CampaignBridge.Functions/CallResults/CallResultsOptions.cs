using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// The way back, bound from the <c>CallResults</c> section: which campaigns are followed, how results are read from
/// Genesys, what they mean in Salesforce, and the delivery lane's storage and bounds. Defaults are named constants.
/// </summary>
internal sealed class CallResultsOptions
{
    public const string SectionName = "CallResults";

    public const string DefaultQueueName = "call-results";
    public const string DefaultPoisonQueueName = "call-results-poison";
    public const string DefaultOperationsTableName = "CallResultOperations";
    public const string DefaultStateTableName = "CallResultState";
    public const string DefaultConversationsTableName = "CallResultConversations";
    public const string DefaultPayloadContainerName = "call-results-payloads";

    /// <summary>Conversations read again each tick although they ended earlier: covers analytics' ingest delay.</summary>
    public static readonly TimeSpan DefaultLookBack = TimeSpan.FromMinutes(15);

    /// <summary>A conversation whose agent has not wrapped up this long after it ended is logged without a wrap-up (§1.8).</summary>
    public static readonly TimeSpan DefaultWrapUpGracePeriod = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The longest a call is assumed to last: the query starts this long before the oldest unfinished end, because
    /// analytics files a conversation under the day it started.
    /// </summary>
    public static readonly TimeSpan DefaultMaxConversationDuration = TimeSpan.FromHours(4);

    /// <summary>Detail-query pages read per tick at most (10,000 conversations).</summary>
    public const int DefaultMaxPagesPerTick = 100;

    /// <summary>How long a conversation id counts as queued (re-reads around midnight read a day's index again).</summary>
    public static readonly TimeSpan DefaultLedgerRetention = TimeSpan.FromDays(3);

    /// <summary>Diagnostics call the way back behind when results wait, or the last read finished, longer ago than this.</summary>
    public static readonly TimeSpan DefaultBacklogAlertAge = TimeSpan.FromMinutes(15);

    /// <summary>Tasks per sObject Collections request (the Salesforce limit).</summary>
    public const int MaxAttemptsPerRequest = 200;

    /// <summary>Receives of a message without a deliberate release before it is poison.</summary>
    public const int DefaultMaxDequeueCount = 5;

    /// <summary>Messages one delivery tick takes at most.</summary>
    public const int DefaultMaxMessagesPerTick = 320;

    /// <summary>
    /// Attempts one delivery tick holds at most: what its requests carry (<see cref="DefaultMaxRequestsPerTick"/> ×
    /// <see cref="MaxAttemptsPerRequest"/> = 10,000) plus <see cref="TickHeadroomAttempts"/>. The receiver takes whole
    /// messages and stops before one that would pass the bound; without the headroom a tick stopped up to a message short of
    /// 10,000, its last request went out part-empty, and 10,000 attempts took 51 requests (docs/performance.md, scenario 11).
    /// What the requests cannot carry is put back, trimmed, for the next tick.
    /// </summary>
    public const int DefaultMaxAttemptsPerTick = (DefaultMaxRequestsPerTick * MaxAttemptsPerRequest) + TickHeadroomAttempts;

    /// <summary>More than a queue message holds (46 KiB of attempts is under 250 of them).</summary>
    public const int TickHeadroomAttempts = 500;

    /// <summary>Task upserts per tick: 10,000 attempts in 200s.</summary>
    public const int DefaultMaxRequestsPerTick = 50;

    /// <summary>A delivery tick stops taking messages after this long.</summary>
    public static readonly TimeSpan DefaultMaxTickDuration = TimeSpan.FromSeconds(20);

    /// <summary>How long received messages stay invisible while a tick works on them.</summary>
    public static readonly TimeSpan DefaultVisibilityTimeout = TimeSpan.FromMinutes(5);

    /// <summary>How long delivery pauses after Salesforce was unreachable or refused the credentials.</summary>
    public static readonly TimeSpan DefaultFailurePause = TimeSpan.FromMinutes(1);

    /// <summary>The pause after a rate limit that says no time (Salesforce re-counts its allocation hourly).</summary>
    public static readonly TimeSpan DefaultRateLimitPause = TimeSpan.FromHours(1);

    public const string DefaultTaskStatus = "Completed";
    public const string DefaultTaskPriority = "Normal";
    public const string DefaultSubjectPrefix = "Outbound call";

    /// <summary>The wrap-up name that, unless configured otherwise, marks the person do-not-call.</summary>
    public const string DefaultDoNotCallResult = "Do not call";

    /// <summary>
    /// The time zone whose calendar gives a Task its <c>ActivityDate</c> (a date without a time, shown as is to every
    /// user): UTC unless the org's people live elsewhere, where an evening call would otherwise be dated tomorrow.
    /// </summary>
    public const string DefaultActivityTimeZone = "UTC";

    public List<FollowedCampaign> Campaigns { get; set; } = [];

    public List<OutcomeRule> Outcomes { get; set; } = [];

    /// <summary>Internal DNC list that numbers of do-not-call outcomes are added to (optional).</summary>
    public string? DncListId { get; set; }

    public TimeSpan LookBack { get; set; } = DefaultLookBack;

    public TimeSpan WrapUpGracePeriod { get; set; } = DefaultWrapUpGracePeriod;

    public TimeSpan MaxConversationDuration { get; set; } = DefaultMaxConversationDuration;

    public int MaxPagesPerTick { get; set; } = DefaultMaxPagesPerTick;

    public TimeSpan LedgerRetention { get; set; } = DefaultLedgerRetention;

    public TimeSpan BacklogAlertAge { get; set; } = DefaultBacklogAlertAge;

    /// <summary>System codes of contacts the dialer skipped without a call, logged by the campaign-end sweep.</summary>
    public List<string> SweepResults { get; set; } = [.. CallResultLabels.SkippedWithoutCall];

    public string TaskStatus { get; set; } = DefaultTaskStatus;

    public string TaskPriority { get; set; } = DefaultTaskPriority;

    public string SubjectPrefix { get; set; } = DefaultSubjectPrefix;

    /// <summary>
    /// Whether a call an agent took is logged at hang-up (a Task "Connected, awaiting wrap-up") and updated with its result
    /// after the wrap-up, so the Task appears within a schedule interval of the hang-up; false waits for the wrap-up
    /// (one write per call instead of two).
    /// </summary>
    public bool LogAtHangUp { get; set; } = true;

    /// <summary>An IANA (or Windows) time zone id, e.g. <c>America/New_York</c>; see <see cref="DefaultActivityTimeZone"/>.</summary>
    public string ActivityTimeZone { get; set; } = DefaultActivityTimeZone;

    public string QueueName { get; set; } = DefaultQueueName;

    public string PoisonQueueName { get; set; } = DefaultPoisonQueueName;

    public string OperationsTableName { get; set; } = DefaultOperationsTableName;

    public string StateTableName { get; set; } = DefaultStateTableName;

    public string ConversationsTableName { get; set; } = DefaultConversationsTableName;

    public string PayloadContainerName { get; set; } = DefaultPayloadContainerName;

    public int MaxDequeueCount { get; set; } = DefaultMaxDequeueCount;

    public int MaxMessagesPerTick { get; set; } = DefaultMaxMessagesPerTick;

    public int MaxAttemptsPerTick { get; set; } = DefaultMaxAttemptsPerTick;

    /// <summary>Task upserts per tick: 10,000 attempts in 200s.</summary>
    public int MaxRequestsPerTick { get; set; } = DefaultMaxRequestsPerTick;

    public TimeSpan MaxTickDuration { get; set; } = DefaultMaxTickDuration;

    public TimeSpan VisibilityTimeout { get; set; } = DefaultVisibilityTimeout;

    public TimeSpan FailurePause { get; set; } = DefaultFailurePause;

    /// <summary>Used when Salesforce refuses for its API allocation without saying for how long (it re-counts hourly).</summary>
    public TimeSpan RateLimitPause { get; set; } = DefaultRateLimitPause;

    /// <summary>The Genesys campaign ids followed, in configuration order.</summary>
    public IReadOnlyList<string> FollowedCampaignIds()
        => [.. Campaigns.Select(c => c.GenesysCampaignId?.Trim()).OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The Salesforce campaign a Genesys campaign's attempts belong to, if configured.</summary>
    public string? SalesforceCampaignFor(string genesysCampaignId)
        => Campaigns.FirstOrDefault(c => string.Equals(c.GenesysCampaignId?.Trim(), genesysCampaignId, StringComparison.OrdinalIgnoreCase))?.SalesforceCampaignId?.Trim() is { Length: > 0 } id
            ? id
            : null;

    /// <summary>The rule for an attempt's result: by its wrap-up code's name, else by its system code.</summary>
    public OutcomeRule? RuleFor(CallAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        return RuleFor(attempt.ResultName) ?? RuleFor(attempt.Result);
    }

    /// <summary>The rule for a result (wrap-up name or system code); the built-in "Do not call" rule unless one is configured for it.</summary>
    public OutcomeRule? RuleFor(string? result)
    {
        if (string.IsNullOrWhiteSpace(result))
        {
            return null;
        }

        return Outcomes.FirstOrDefault(r => string.Equals(r.Result?.Trim(), result, StringComparison.OrdinalIgnoreCase))
            ?? (string.Equals(result, DefaultDoNotCallResult, StringComparison.OrdinalIgnoreCase) ? new OutcomeRule { Result = DefaultDoNotCallResult, DoNotCall = true } : null);
    }

    /// <summary>The Task's date of a moment: its calendar date in <see cref="ActivityTimeZone"/> (validated at startup).</summary>
    public DateOnly ActivityDateOf(DateTimeOffset moment)
    {
        // FindSystemTimeZoneById caches what it has read, so a lookup per Task costs a dictionary read.
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ActivityTimeZone.Trim());
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
    }

    public DeliveryStorageNames StorageNames() => new(QueueName, PoisonQueueName, OperationsTableName, StateTableName, PayloadContainerName);

    public DeliveryBounds Bounds() => new()
    {
        MaxDequeueCount = MaxDequeueCount,
        MaxMessagesPerTick = MaxMessagesPerTick,
        MaxItemsPerTick = MaxAttemptsPerTick,
        MaxRequestsPerTick = MaxRequestsPerTick,
        MaxTickDuration = MaxTickDuration,
        VisibilityTimeout = VisibilityTimeout,
        FailurePause = FailurePause,
        DefaultRateLimitPause = RateLimitPause,
    };
}
