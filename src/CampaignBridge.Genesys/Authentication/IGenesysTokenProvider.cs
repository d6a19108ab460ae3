namespace CampaignBridge.Genesys;

/// <summary>
/// Hands out Genesys Cloud access tokens from a per-instance cache: one token request in flight at a time,
/// renewed in the background ahead of expiry.
/// </summary>
public interface IGenesysTokenProvider
{
    /// <summary>Returns a valid access token, requesting one only when the cache has none that is still usable.</summary>
    /// <exception cref="GenesysApiException">The token endpoint refused or failed (see <see cref="GenesysApiException.ErrorCode"/>).</exception>
    Task<GenesysAccessToken> GetAccessTokenAsync(CancellationToken cancellationToken);
}
