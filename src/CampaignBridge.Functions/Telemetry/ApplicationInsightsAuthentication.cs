using Azure.Core;
using Azure.Identity;

namespace CampaignBridge.Functions.Telemetry;

/// <summary>
/// Reads <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING</c> (<c>Authorization=AAD;ClientId=&lt;id&gt;</c>), the setting
/// the Functions host uses for Microsoft Entra ingestion. The Application Insights resource of <c>infra/</c> disables
/// local (key) authentication, so the worker's exporter must present the managed identity's token too.
/// </summary>
internal static class ApplicationInsightsAuthentication
{
    /// <summary>The app setting that asks for Entra ID ingestion.</summary>
    public const string Setting = "APPLICATIONINSIGHTS_AUTHENTICATION_STRING";

    /// <summary>
    /// The managed identity credential the setting asks for (user-assigned when it names a <c>ClientId</c>,
    /// system-assigned otherwise), or null when the setting is empty; a value that is not <c>Authorization=AAD</c> is
    /// a configuration error that names the setting.
    /// </summary>
    public static TokenCredential? CreateCredential(string? authenticationString)
    {
        if (string.IsNullOrWhiteSpace(authenticationString))
        {
            return null;
        }

        var parts = authenticationString
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.OrdinalIgnoreCase);

        if (!parts.TryGetValue("Authorization", out var authorization) || !string.Equals(authorization, "AAD", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"{Setting} must be 'Authorization=AAD' or 'Authorization=AAD;ClientId=<managed identity client id>'; leave it empty for key-based ingestion.");
        }

        return parts.TryGetValue("ClientId", out var clientId) && !string.IsNullOrWhiteSpace(clientId)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
    }
}
