using CampaignBridge.Functions.Configuration;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// Local development: the credentials come from <c>Genesys:ClientId</c> / <c>Genesys:ClientSecret</c>. A warning is
/// logged once outside the Development environment, because app settings are a poor home for a secret.
/// </summary>
internal sealed partial class ConfigurationCredentialSource : IGenesysCredentialSource, ICredentialSourceCheck
{
    private readonly IOptionsMonitor<GenesysConnectionOptions> _options;
    private readonly ILogger<ConfigurationCredentialSource> _logger;
    private readonly bool _isDevelopment;
    private int _warned;

    public ConfigurationCredentialSource(IOptionsMonitor<GenesysConnectionOptions> options, ILogger<ConfigurationCredentialSource> logger, HostingEnvironmentName environment)
    {
        _options = options;
        _logger = logger;
        _isDevelopment = environment.IsDevelopment;
    }

    public string Description => "app settings Genesys:ClientId / Genesys:ClientSecret (KeyVault:Uri is empty)";

    public ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Read());

    // Configuration can be reloaded, so a refresh is simply a re-read of the current values.
    public ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Read());

    public Task CheckAsync(CancellationToken cancellationToken)
    {
        _ = Read();
        return Task.CompletedTask;
    }

    private ClientCredentials Read()
    {
        var options = _options.CurrentValue;
        if (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            throw new CredentialSourceException(
                CredentialErrorCodes.NotConfigured,
                "No Genesys credentials are configured: KeyVault:Uri is empty and Genesys:ClientId / Genesys:ClientSecret are not both set.",
                "Set KeyVault:Uri to the vault holding the Genesys OAuth client secrets (recommended), or for local development set Genesys:ClientId and Genesys:ClientSecret.");
        }

        if (!_isDevelopment && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogNotDevelopment(_logger);
        }

        return new ClientCredentials(options.ClientId.Trim(), options.ClientSecret.Trim());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Genesys credentials come from app settings (Genesys:ClientId/ClientSecret) outside Development; set KeyVault:Uri so the secret lives in Key Vault")]
    private static partial void LogNotDevelopment(ILogger logger);
}
