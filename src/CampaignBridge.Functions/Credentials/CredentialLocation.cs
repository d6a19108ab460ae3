namespace CampaignBridge.Functions.Credentials;

/// <summary>Where one service's OAuth client credentials are kept: two Key Vault secrets, or (locally) two app settings.</summary>
/// <param name="Service">The service the client belongs to, in messages ("Genesys", "Salesforce").</param>
/// <param name="ClientIdSecretName">The secret holding the client id (consumer key).</param>
/// <param name="ClientSecretSecretName">The secret holding the client secret (consumer secret).</param>
/// <param name="ClientIdSetting">The app setting used instead when <c>KeyVault:Uri</c> is empty.</param>
/// <param name="ClientSecretSetting">The app setting used instead when <c>KeyVault:Uri</c> is empty.</param>
internal sealed record CredentialLocation(string Service, string ClientIdSecretName, string ClientSecretSecretName, string ClientIdSetting, string ClientSecretSetting);
