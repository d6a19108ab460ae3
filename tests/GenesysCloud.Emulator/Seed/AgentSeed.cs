namespace GenesysCloud.Emulator;

/// <summary>A user who answers connected calls (analytics <c>userId</c> of the agent participant).</summary>
public sealed class AgentSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";
}
