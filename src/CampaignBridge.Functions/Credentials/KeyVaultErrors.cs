using System.Text.Json;
using Azure;
using Azure.Identity;

namespace CampaignBridge.Functions.Credentials;

/// <summary>Turns Key Vault and Azure identity failures into <see cref="CredentialSourceException"/>s that say what to fix.</summary>
internal static class KeyVaultErrors
{
    public static CredentialSourceException Translate(Exception exception, Uri vaultUri, string secretName)
    {
        var vault = vaultUri.GetLeftPart(UriPartial.Authority);
        switch (exception)
        {
            case CredentialSourceException known:
                return known;

            case AuthenticationFailedException or CredentialUnavailableException:
                return new CredentialSourceException(
                    CredentialErrorCodes.IdentityUnavailable,
                    $"No Azure identity could be obtained to read secret '{secretName}' from Key Vault {vault}.",
                    "Turn on a managed identity for the Function App (Identity blade). For a user-assigned identity set the app setting "
                    + "AZURE_CLIENT_ID to its client id. Locally, sign in with 'az login' or leave KeyVault:Uri empty and use Genesys:ClientId/ClientSecret.",
                    exception);

            case RequestFailedException { Status: 404 }:
                return new CredentialSourceException(
                    CredentialErrorCodes.SecretMissing,
                    $"Key Vault {vault} has no secret named '{secretName}'.",
                    $"Create the secret '{secretName}' in that vault, or set KeyVault:ClientIdSecretName / KeyVault:ClientSecretSecretName to the names you used.",
                    exception);

            case RequestFailedException { Status: 403 } forbidden when InnerErrorCode(forbidden) == "SecretDisabled":
                return new CredentialSourceException(
                    CredentialErrorCodes.SecretDisabled,
                    $"The current version of secret '{secretName}' in Key Vault {vault} is disabled.",
                    $"Enable the secret '{secretName}' (or add a new enabled version) in the vault's Secrets blade.",
                    exception);

            case RequestFailedException { Status: 401 or 403 }:
                return new CredentialSourceException(
                    CredentialErrorCodes.Forbidden,
                    $"The Function App's identity may not read secret '{secretName}' from Key Vault {vault}.",
                    $"Grant the app's managed identity the \"Key Vault Secrets User\" role on that vault (Access control (IAM) > Add role assignment), "
                    + "or a 'Get' secret permission if the vault uses access policies. Role assignments can take a few minutes to apply.",
                    exception);

            default:
                return new CredentialSourceException(
                    CredentialErrorCodes.Unreachable,
                    $"Key Vault {vault} could not be reached to read secret '{secretName}'.",
                    "Check that KeyVault:Uri is the vault's URI, that the vault exists, and that its networking (firewall, private endpoint) lets the Function App in.",
                    exception);
        }
    }

    /// <summary>Key Vault puts the precise reason in <c>error.innererror.code</c>, e.g. SecretDisabled or ForbiddenByRbac.</summary>
    private static string? InnerErrorCode(RequestFailedException exception)
    {
        var content = exception.GetRawResponse()?.Content;
        if (content is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(content.ToMemory());
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && (error.TryGetProperty("innererror", out var inner) || error.TryGetProperty("innerError", out inner))
                && inner.ValueKind == JsonValueKind.Object
                && inner.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall back to the status code alone.
        }

        return null;
    }
}
