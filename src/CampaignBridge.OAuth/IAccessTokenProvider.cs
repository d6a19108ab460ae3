namespace CampaignBridge.OAuth;

/// <summary>
/// Hands out access tokens from a per-instance cache: one token request in flight at a time, renewed in the background
/// ahead of expiry.
/// </summary>
public interface IAccessTokenProvider
{
    /// <summary>Returns a valid access token, requesting one only when the cache has none that is still usable.</summary>
    Task<AccessToken> GetAccessTokenAsync(CancellationToken cancellationToken);
}
