namespace GenesysCloud.Emulator;

/// <summary>
/// The dialer simulation (seed section <c>dialer</c>): pace, the deterministic outcome model, durations, retry
/// rules and after-call work. The same seed, clock and requests always give the same attempts and outcomes:
/// each attempt's draws come from a hash of <see cref="RandomSeed"/>, the campaign, the contact and the attempt's
/// number for that contact.
/// </summary>
public sealed class DialerSeed
{
    /// <summary>One attempt per emulated minute per campaign that is on: slow enough that tests on the system clock
    /// see no dial unless they run a minute after adding contacts, fast enough that <c>--clock-speed 60</c> shows a
    /// call per real second.</summary>
    public const int DefaultAttemptsPerMinute = 1;

    /// <summary>Most attempts per minute a seed may ask for.</summary>
    public const int MaxAttemptsPerMinute = 600;

    public const int DefaultRandomSeed = 20_261_201;

    /// <summary>Agent after-call work: the wrap-up segment (and the result) arrives this long after the call ended.</summary>
    public const int DefaultAfterCallWorkSeconds = 30;

    /// <summary>Attempts each campaign that is <c>on</c> places per emulated minute (one every 60/n seconds).</summary>
    public int AttemptsPerMinute { get; set; } = DefaultAttemptsPerMinute;

    public int RandomSeed { get; set; } = DefaultRandomSeed;

    public OutcomeShares Outcomes { get; set; } = new();

    /// <summary>How agents wrap connected calls up. Empty: connected agent calls end with <c>ININ-WRAP-UP-TIMEOUT</c>.</summary>
    public List<ConnectedWrapUpSeed> ConnectedWrapUps { get; set; } = [];

    public CallDurations CallSeconds { get; set; } = new();

    public RetryRules Retry { get; set; } = new();

    public int AfterCallWorkSeconds { get; set; } = DefaultAfterCallWorkSeconds;

    /// <summary>
    /// Scripted outcomes for chosen numbers, which win over the shares: number (as stored in the contact) -> the
    /// outcome of its 1st, 2nd, ... attempt (the last repeats). Values: <c>noAnswer</c>, <c>busy</c>, <c>machine</c>,
    /// <c>fax</c>, <c>invalidNumber</c>, <c>connected</c> (a drawn wrap-up) or <c>connected:&lt;wrap-up id or name&gt;</c>.
    /// </summary>
    public Dictionary<string, List<string>> OutcomesByNumber { get; set; } = [];
}
