namespace GenesysCloud.Emulator;

/// <summary>A fault rule with the uses it has left (guarded by the <see cref="EmulatorFaults"/> lock).</summary>
internal sealed class ActiveFaultRule(FaultRule rule, int? remaining)
{
    public FaultRule Rule { get; } = rule;

    /// <summary>Null = unlimited.</summary>
    public int? Remaining { get; set; } = remaining;
}
