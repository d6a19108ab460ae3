namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// Reads the credentials afresh, bypassing caches and outage fallbacks, for the diagnostics checks.
/// Implemented by every <c>IGenesysCredentialSource</c> this app registers.
/// </summary>
internal interface ICredentialSourceCheck
{
    /// <summary>Where the credentials come from, e.g. the vault URI and secret names (never values).</summary>
    string Description { get; }

    /// <summary>Reads the credentials; throws <see cref="CredentialSourceException"/> with the reason when it cannot.</summary>
    Task CheckAsync(CancellationToken cancellationToken);
}
