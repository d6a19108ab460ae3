namespace GenesysCloud.Emulator;

/// <summary>
/// What the dialer does after an outcome on one phone number: try the same number again after
/// <see cref="RetryAfterMinutes"/>, at most <see cref="MaxAttempts"/> attempts on that number in one pass of the
/// queue; after the last one it moves on to the contact's next phone column (or finishes the contact).
/// </summary>
public sealed class RetryRuleSeed
{
    public int RetryAfterMinutes { get; set; }

    /// <summary>Attempts allowed on one number per pass, including the first (1 = never retried).</summary>
    public int MaxAttempts { get; set; } = 1;

    public static RetryRuleSeed After(int minutes, int maxAttempts) => new() { RetryAfterMinutes = minutes, MaxAttempts = maxAttempts };
}
