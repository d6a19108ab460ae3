namespace CampaignBridge.Functions.Configuration;

/// <summary>The <c>KeyVault</c> configuration section: where the Genesys and Salesforce OAuth client credentials are kept.</summary>
public sealed class KeyVaultOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "KeyVault";

    /// <summary>Default name of the secret holding the Genesys OAuth client id.</summary>
    public const string DefaultClientIdSecretName = "genesys-client-id";

    /// <summary>Default name of the secret holding the Genesys OAuth client secret.</summary>
    public const string DefaultClientSecretSecretName = "genesys-client-secret";

    /// <summary>Default name of the secret holding the Salesforce External Client App's consumer key.</summary>
    public const string DefaultSalesforceClientIdSecretName = "salesforce-client-id";

    /// <summary>Default name of the secret holding the Salesforce External Client App's consumer secret.</summary>
    public const string DefaultSalesforceClientSecretSecretName = "salesforce-client-secret";

    /// <summary>
    /// <c>KeyVault:Uri</c>; empty means credentials come from <c>Genesys:ClientId/ClientSecret</c> and
    /// <c>Salesforce:ClientId/ClientSecret</c>.
    /// </summary>
    public string? Uri { get; set; }

    /// <summary><c>KeyVault:ClientIdSecretName</c>.</summary>
    public string ClientIdSecretName { get; set; } = DefaultClientIdSecretName;

    /// <summary><c>KeyVault:ClientSecretSecretName</c>.</summary>
    public string ClientSecretSecretName { get; set; } = DefaultClientSecretSecretName;

    /// <summary><c>KeyVault:SalesforceClientIdSecretName</c>.</summary>
    public string SalesforceClientIdSecretName { get; set; } = DefaultSalesforceClientIdSecretName;

    /// <summary><c>KeyVault:SalesforceClientSecretSecretName</c>.</summary>
    public string SalesforceClientSecretSecretName { get; set; } = DefaultSalesforceClientSecretSecretName;

    /// <summary>True when <see cref="Uri"/> is set.</summary>
    public bool IsEnabled => !string.IsNullOrWhiteSpace(Uri);

    /// <summary>The parsed vault URI; only valid after validation.</summary>
    public Uri VaultUri => new(Uri!, UriKind.Absolute);
}
