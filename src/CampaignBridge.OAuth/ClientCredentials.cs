namespace CampaignBridge.OAuth;

/// <summary>An OAuth 2.0 client (Client Credentials grant): its id and secret.</summary>
/// <param name="ClientId">The client id (not secret).</param>
/// <param name="ClientSecret">The client secret; never logged and redacted by <see cref="ToString"/>.</param>
public sealed record ClientCredentials(string ClientId, string ClientSecret)
{
    /// <summary>Shows the client id only; the secret is redacted.</summary>
    public override string ToString() => $"ClientCredentials {{ ClientId = {ClientId}, ClientSecret = *** }}";
}
