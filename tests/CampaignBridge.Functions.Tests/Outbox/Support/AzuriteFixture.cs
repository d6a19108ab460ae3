using CampaignBridge.Testing.Storage;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

/// <summary>
/// Azurite for the whole test assembly (an assembly fixture), or for one test that stops it on purpose. The process
/// itself is <see cref="AzuriteProcess"/>; tests isolate themselves with their own queue and table names.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    /// <summary>The well-known development account key (public; Azurite's default).</summary>
    public const string AccountKey = AzuriteProcess.AccountKey;

    private AzuriteProcess? _azurite;

    private AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>A connection string for this Azurite.</summary>
    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>The same endpoints with a wrong (but well-formed) account key: every call is refused with 403.</summary>
    public string ConnectionStringWithWrongKey => Azurite.ConnectionStringWithWrongKey;

    /// <summary>Endpoints where nothing listens: every call fails to connect, as when Azurite or Storage is down.</summary>
    public static string UnreachableConnectionString() => AzuriteProcess.UnreachableConnectionString();

    /// <summary>A fresh, valid name suffix so each test class gets its own queues and tables.</summary>
    public static string UniqueSuffix() => AzuriteProcess.UniqueSuffix();

    public async ValueTask InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_azurite is { } azurite)
        {
            _azurite = null;
            await azurite.DisposeAsync();
        }
    }
}
