using CampaignBridge.Genesys;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>The seed's <c>campaignbridge-local</c> client, for scenarios that use the Genesys library on its own.</summary>
internal sealed class StaticCredentialSource : ICredentialSource
{
    public static readonly GenesysClientCredentials Local = new(EmulatorClients.LocalClientId, EmulatorClients.LocalClientSecret);

    public ValueTask<GenesysClientCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Local);

    public ValueTask<GenesysClientCredentials> RefreshAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Local);
}
