namespace CampaignBridge.Genesys;

/// <summary>
/// Supplies the OAuth client credentials (e.g. from Azure Key Vault). Registered by the application;
/// <see cref="GenesysServiceCollectionExtensions.AddGenesysCloud"/> requires one.
/// </summary>
public interface ICredentialSource
{
    /// <summary>Returns the current credentials; a cached copy is fine.</summary>
    ValueTask<GenesysClientCredentials> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Re-reads the credentials from their store, bypassing any cache. Called once when the token endpoint
    /// answers <c>invalid_client</c>, so a rotated secret is picked up without a restart.
    /// </summary>
    ValueTask<GenesysClientCredentials> RefreshAsync(CancellationToken cancellationToken);
}
