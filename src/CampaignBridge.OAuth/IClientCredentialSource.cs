namespace CampaignBridge.OAuth;

/// <summary>Supplies OAuth client credentials (e.g. from Azure Key Vault); registered by the application.</summary>
public interface IClientCredentialSource
{
    /// <summary>Returns the current credentials; a cached copy is fine.</summary>
    ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Re-reads the credentials from their store, bypassing any cache. Called once when the token endpoint rejects the
    /// credentials, so a rotated secret is picked up without a restart.
    /// </summary>
    ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken);
}
