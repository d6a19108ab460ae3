namespace Salesforce.Emulator;

/// <summary>API calls counted in one minute of emulator time.</summary>
internal sealed class UsageBucket(DateTimeOffset minute, int count)
{
    public DateTimeOffset Minute { get; } = minute;

    public int Count { get; set; } = count;
}
