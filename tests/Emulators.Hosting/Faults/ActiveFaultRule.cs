namespace Emulators.Hosting;

/// <summary>A fault rule with the uses and time it has left (guarded by the <see cref="EmulatorFaults"/> lock).</summary>
internal sealed class ActiveFaultRule(FaultRule rule, int? remaining, DateTimeOffset? expiresAt)
{
    public FaultRule Rule { get; } = rule;

    /// <summary>Null = unlimited.</summary>
    public int? Remaining { get; set; } = remaining;

    /// <summary>Emulator time at which the rule stops applying; null = never.</summary>
    public DateTimeOffset? ExpiresAt { get; } = expiresAt;

    public bool IsLive(DateTimeOffset now) => Remaining is not <= 0 && (ExpiresAt is null || now < ExpiresAt);
}
