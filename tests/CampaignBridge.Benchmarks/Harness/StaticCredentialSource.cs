using CampaignBridge.Genesys;
using CampaignBridge.OAuth;

namespace CampaignBridge.Benchmarks.Harness;

/// <summary>The seed's <c>campaignbridge-local</c> client, for scenarios that use the Genesys library on its own.</summary>
internal sealed class StaticCredentialSource : IGenesysCredentialSource
{
    public static readonly ClientCredentials Local = new(EmulatorClients.LocalClientId, EmulatorClients.LocalClientSecret);

    public ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Local);

    public ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Local);
}
