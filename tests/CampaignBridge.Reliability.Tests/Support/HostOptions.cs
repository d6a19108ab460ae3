using GenesysCloud.Emulator;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>How a <see cref="ReliabilityHost"/> is put together.</summary>
public sealed class HostOptions
{
    /// <summary>Changes to the emulator's default seed.</summary>
    public Action<EmulatorSeed>? Seed { get; init; }

    /// <summary>Credentials from a fake Key Vault instead of configuration.</summary>
    public bool UseKeyVault { get; init; }

    /// <summary>The outbox on a private Azurite (queue and table names of its own).</summary>
    public bool UseStorage { get; init; }

    /// <summary>Null: the system clock. Otherwise the clock shared by the app and the emulator.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Extra or replaced settings.</summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();
}
