namespace CampaignBridge.Genesys;

/// <summary>The OAuth client (Client Credentials grant) the library authenticates as.</summary>
/// <param name="ClientId">The OAuth client id (not secret).</param>
/// <param name="ClientSecret">The OAuth client secret; never logged and redacted by <see cref="ToString"/>.</param>
public sealed record GenesysClientCredentials(string ClientId, string ClientSecret)
{
    /// <summary>Shows the client id only; the secret is redacted.</summary>
    public override string ToString() => $"GenesysClientCredentials {{ ClientId = {ClientId}, ClientSecret = *** }}";
}
