namespace CampaignBridge.Functions.Configuration;

/// <summary>
/// The <c>Genesys</c> configuration section as this app reads it: where Genesys Cloud is and, for local development
/// only, the OAuth client credentials. Kept as strings so that a malformed value is reported by
/// <see cref="GenesysConnectionOptionsValidator"/> with the setting's name instead of a binder exception.
/// </summary>
public sealed class GenesysConnectionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Genesys";

    /// <summary><c>Genesys:Region</c>: a region name (<c>us-east-1</c>) or domain (<c>mypurecloud.com</c>).</summary>
    public string? Region { get; set; }

    /// <summary><c>Genesys:ApiBaseUrl</c>: explicit API base URL (emulator, gateway).</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary><c>Genesys:LoginBaseUrl</c>: explicit login base URL (emulator, gateway).</summary>
    public string? LoginBaseUrl { get; set; }

    /// <summary><c>Genesys:ClientId</c>: local development only, used when <c>KeyVault:Uri</c> is empty.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>Genesys:ClientSecret</c>: local development only. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// <c>Genesys:NewContactsWithDoNotQueue</c>: <c>Queued</c> (default: new contacts are dialed although the writes say
    /// doNotQueue, as Genesys documents today) or <c>HeldUntilRecycle</c> (an org that follows the older wording; new ids are
    /// then looked up first and written without doNotQueue).
    /// </summary>
    public string? NewContactsWithDoNotQueue { get; set; }

    /// <summary>True when both base URL overrides are set, which makes <see cref="Region"/> optional.</summary>
    public bool HasBaseUrlOverrides => !string.IsNullOrWhiteSpace(ApiBaseUrl) && !string.IsNullOrWhiteSpace(LoginBaseUrl);

    /// <inheritdoc />
    public override string ToString()
        => $"Genesys {{ Region = {Region}, ApiBaseUrl = {ApiBaseUrl}, LoginBaseUrl = {LoginBaseUrl}, ClientId = {ClientId}, ClientSecret = {(string.IsNullOrEmpty(ClientSecret) ? "(not set)" : "***")} }}";
}
