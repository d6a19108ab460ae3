using CampaignBridge.OAuth;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>
/// The application-side credential store (Key Vault in production): <see cref="GetAsync"/> returns the cached
/// credentials, <see cref="RefreshAsync"/> returns what the store holds now.
/// </summary>
internal sealed class TestCredentialSource(ClientCredentials cached) : ISalesforceCredentialSource
{
    private int _refreshCount;

    public ClientCredentials Cached { get; private set; } = cached;

    /// <summary>What a re-read finds; defaults to the cached value.</summary>
    public ClientCredentials? Stored { get; set; }

    public int RefreshCount => Volatile.Read(ref _refreshCount);

    public ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Cached);

    public ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _refreshCount);
        Cached = Stored ?? Cached;
        return ValueTask.FromResult(Cached);
    }
}
