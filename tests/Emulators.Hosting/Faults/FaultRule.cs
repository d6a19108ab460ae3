using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Emulators.Hosting;

/// <summary>
/// A request-level fault to inject for matching requests (also the JSON body of <c>POST /__emulator/faults</c>).
/// A request matches when its path starts with <see cref="PathPrefix"/> (or matches the regular expression
/// <see cref="PathPattern"/>) and, if given, its method equals <see cref="Method"/>. The first matching rule
/// that still has uses left, is still within its <see cref="DurationSeconds"/> and wins the <see cref="Share"/>
/// draw applies: it waits <see cref="LatencyMs"/>, then drops the connection, answers <see cref="Status"/> with
/// the emulator's error body, or (neither set) lets the request through.
/// </summary>
public sealed record FaultRule
{
    /// <summary>e.g. <c>/api/v2/outbound/campaigns</c> or <c>/services/data</c>. Null with no pattern = every path.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>Regular expression matched against the path (alternative to <see cref="PathPrefix"/>).</summary>
    public string? PathPattern { get; init; }

    /// <summary>HTTP method (case-insensitive); null = any.</summary>
    public string? Method { get; init; }

    /// <summary>Status to answer, e.g. 429, 500, 503; the emulator writes its own error body for it.</summary>
    public int? Status { get; init; }

    /// <summary>Error code in the body; null = the emulator's standard code for the status.</summary>
    public string? Code { get; init; }

    /// <summary>Error message in the body; null = the emulator's standard message for the status.</summary>
    public string? Message { get; init; }

    /// <summary>Fraction of matching requests it applies to, 0..1 (seeded Random, so runs repeat).</summary>
    public double Share { get; init; } = 1;

    /// <summary>Apply this many times, then stop; null = no count limit.</summary>
    public int? Count { get; init; }

    /// <summary>Apply only during this many seconds of emulator time (TimeProvider) after the rule is added; null = no time limit.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>Extra delay before the fault (real clock: it simulates a slow network).</summary>
    public int? LatencyMs { get; init; }

    /// <summary>Abort the connection without a response.</summary>
    public bool DropConnection { get; init; }

    /// <summary><c>Retry-After</c> seconds to send with the status.</summary>
    public int? RetryAfterSeconds { get; init; }

    [JsonIgnore]
    internal Regex? CompiledPattern { get; private init; }

    /// <summary>A checked copy with its pattern compiled.</summary>
    /// <exception cref="ArgumentException">The rule is inconsistent (share outside 0..1, bad status, bad pattern...).</exception>
    internal FaultRule Validated()
    {
        if (Share is < 0 or > 1 || double.IsNaN(Share))
        {
            throw new ArgumentException("share must be between 0 and 1.");
        }

        if (Status is { } status && status is < 100 or > 599)
        {
            throw new ArgumentException("status must be an HTTP status (100..599).");
        }

        if (Count is < 0 || LatencyMs is < 0 || RetryAfterSeconds is < 0 || DurationSeconds is < 0)
        {
            throw new ArgumentException("count, durationSeconds, latencyMs and retryAfterSeconds must not be negative.");
        }

        if (Status is null && !DropConnection && LatencyMs is null)
        {
            throw new ArgumentException("A fault needs status, dropConnection or latencyMs.");
        }

        try
        {
            return this with
            {
                CompiledPattern = PathPattern is null ? null : new Regex(PathPattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            };
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"pathPattern is not a valid regular expression: {ex.Message}", ex);
        }
    }

    internal bool Matches(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (CompiledPattern is not null && !CompiledPattern.IsMatch(path))
        {
            return false;
        }

        return PathPrefix is null || path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);
    }
}
