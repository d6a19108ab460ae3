using CampaignBridge.Functions.Configuration;
using CampaignBridge.OAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// Local development: one service's credentials come from two app settings (<c>Genesys:ClientId</c> /
/// <c>Genesys:ClientSecret</c>, <c>Salesforce:ClientId</c> / <c>Salesforce:ClientSecret</c>), read afresh each time so a
/// reload is picked up. A warning is logged once outside the Development environment, because app settings are a poor
/// home for a secret. Each service has its own type.
/// </summary>
internal abstract partial class ConfigurationCredentialSource : IClientCredentialSource, ICredentialSourceCheck
{
    private readonly IConfiguration _configuration;
    private readonly CredentialLocation _location;
    private readonly ILogger _logger;
    private readonly bool _isDevelopment;
    private int _warned;

    protected ConfigurationCredentialSource(IConfiguration configuration, CredentialLocation location, ILogger logger, HostingEnvironmentName environment)
    {
        _configuration = configuration;
        _location = location;
        _logger = logger;
        _isDevelopment = environment.IsDevelopment;
    }

    public string Description => $"app settings {_location.ClientIdSetting} / {_location.ClientSecretSetting} (KeyVault:Uri is empty)";

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
        var clientId = _configuration[_location.ClientIdSetting];
        var clientSecret = _configuration[_location.ClientSecretSetting];
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new CredentialSourceException(
                CredentialErrorCodes.NotConfigured,
                $"No {_location.Service} credentials are configured: KeyVault:Uri is empty and {_location.ClientIdSetting} / {_location.ClientSecretSetting} are not both set.",
                $"Set KeyVault:Uri to the vault holding the {_location.Service} OAuth client secrets (recommended), or for local development set {_location.ClientIdSetting} and {_location.ClientSecretSetting}.");
        }

        if (!_isDevelopment && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogNotDevelopment(_logger, _location.Service, _location.ClientIdSetting, _location.ClientSecretSetting);
        }

        return new ClientCredentials(clientId.Trim(), clientSecret.Trim());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Service} credentials come from app settings ({ClientIdSetting}/{ClientSecretSetting}) outside Development; set KeyVault:Uri so the secret lives in Key Vault")]
    private static partial void LogNotDevelopment(ILogger logger, string service, string clientIdSetting, string clientSecretSetting);
}
