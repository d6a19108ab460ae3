using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Configuration;

/// <summary>
/// Checks that credentials can come from somewhere: <c>KeyVault:Uri</c> (an https URL, valid secret names) or, for
/// local development, both <c>Genesys:ClientId</c> and <c>Genesys:ClientSecret</c> (and, when the way back is on,
/// <c>Salesforce:ClientId</c> and <c>Salesforce:ClientSecret</c>).
/// </summary>
/// <remarks>
/// Reads the Genesys section from raw configuration rather than from validated options, so that a bad
/// <c>Genesys:Region</c> is reported once (by its own validator) and not again from here.
/// </remarks>
internal sealed partial class KeyVaultOptionsValidator(IConfiguration configuration) : IValidateOptions<KeyVaultOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyVaultOptions options)
    {
        var failures = new List<string>();
        if (options.IsEnabled)
        {
            if (!System.Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri) || uri.Scheme != System.Uri.UriSchemeHttps)
            {
                failures.Add($"KeyVault:Uri '{options.Uri}' is not an https URL. Use the vault URI shown on the vault's Overview page, e.g. https://my-vault.vault.azure.net/.");
            }

            CheckSecretName(options.ClientIdSecretName, "KeyVault:ClientIdSecretName", failures);
            CheckSecretName(options.ClientSecretSecretName, "KeyVault:ClientSecretSecretName", failures);
            CheckSecretName(options.SalesforceClientIdSecretName, "KeyVault:SalesforceClientIdSecretName", failures);
            CheckSecretName(options.SalesforceClientSecretSecretName, "KeyVault:SalesforceClientSecretSecretName", failures);
        }
        else
        {
            var genesys = configuration.GetSection(GenesysConnectionOptions.SectionName);
            if (string.IsNullOrWhiteSpace(genesys["ClientId"]) || string.IsNullOrWhiteSpace(genesys["ClientSecret"]))
            {
                failures.Add(
                    "No Genesys credentials are configured. Set KeyVault:Uri (app setting KeyVault__Uri) to the vault holding the secrets "
                    + $"'{options.ClientIdSecretName}' and '{options.ClientSecretSecretName}', or for local development set both "
                    + "Genesys:ClientId and Genesys:ClientSecret (Genesys__ClientId / Genesys__ClientSecret).");
            }

            // The way back is on only with Salesforce:InstanceUrl; then its consumer key and secret must come from somewhere.
            var salesforce = configuration.GetSection("Salesforce");
            if (!string.IsNullOrWhiteSpace(salesforce["InstanceUrl"]) && (string.IsNullOrWhiteSpace(salesforce["ClientId"]) || string.IsNullOrWhiteSpace(salesforce["ClientSecret"])))
            {
                failures.Add(
                    "Salesforce:InstanceUrl is set but no Salesforce credentials are configured. Set KeyVault:Uri to the vault holding the secrets "
                    + $"'{options.SalesforceClientIdSecretName}' and '{options.SalesforceClientSecretSecretName}' (the External Client App's consumer key and secret), "
                    + "or for local development set both Salesforce:ClientId and Salesforce:ClientSecret.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckSecretName(string? value, string setting, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value) || !SecretName().IsMatch(value))
        {
            failures.Add($"{setting} '{value}' is not a valid Key Vault secret name (1-127 letters, digits and dashes).");
        }
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
