using Azure.Security.KeyVault.Secrets;
using CampaignBridge.OAuth;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Credentials;

/// <summary>
/// Reads one service's OAuth client id and secret from Key Vault (latest versions) and keeps them in memory.
/// <see cref="RefreshAsync"/> re-reads them (rotation without restart); while the vault is unreachable the
/// cached pair keeps being served, because the secrets are most likely unchanged. Each service has its own type
/// (<see cref="GenesysKeyVaultCredentialSource"/>, <see cref="SalesforceKeyVaultCredentialSource"/>).
/// </summary>
internal abstract partial class KeyVaultCredentialSource : IClientCredentialSource, ICredentialSourceCheck, IDisposable
{
    private readonly SecretClient _client;
    private readonly CredentialLocation _location;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ClientCredentials? _cached;

    protected KeyVaultCredentialSource(SecretClient client, CredentialLocation location, ILogger logger)
    {
        _client = client;
        _location = location;
        _logger = logger;
    }

    public string Description => $"Key Vault {_client.VaultUri.GetLeftPart(UriPartial.Authority)}, secrets '{_location.ClientIdSecretName}' and '{_location.ClientSecretSecretName}'";

    public async ValueTask<ClientCredentials> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _cached) is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Single flight: whoever waited behind the first reader gets its result.
            return _cached ??= await ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask<ClientCredentials> RefreshAsync(CancellationToken cancellationToken)
    {
        var before = Volatile.Read(ref _cached);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(before, _cached) && _cached is not null)
            {
                // Someone refreshed while we waited: their read is as fresh as ours would be.
                return _cached;
            }

            try
            {
                var fresh = await ReadAsync(cancellationToken).ConfigureAwait(false);
                if (_cached is not null && !string.Equals(_cached.ClientId, fresh.ClientId, StringComparison.Ordinal))
                {
                    LogClientIdChanged(_logger, _location.Service, _cached.ClientId, fresh.ClientId);
                }

                _cached = fresh;
                return fresh;
            }
            catch (CredentialSourceException exception) when (exception.Code == CredentialErrorCodes.Unreachable && _cached is not null)
            {
                LogServingCached(_logger, exception.Code, exception.Message, _location.Service);
                return _cached;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task CheckAsync(CancellationToken cancellationToken) => ReadAsync(cancellationToken);

    public void Dispose() => _gate.Dispose();

    private async Task<ClientCredentials> ReadAsync(CancellationToken cancellationToken)
    {
        var clientId = await ReadSecretAsync(_location.ClientIdSecretName, cancellationToken).ConfigureAwait(false);
        var clientSecret = await ReadSecretAsync(_location.ClientSecretSecretName, cancellationToken).ConfigureAwait(false);
        LogRead(_logger, _location.Service, _client.VaultUri.Host, clientId);
        return new ClientCredentials(clientId, clientSecret);
    }

    private async Task<string> ReadSecretAsync(string name, CancellationToken cancellationToken)
    {
        KeyVaultSecret secret;
        try
        {
            secret = (await _client.GetSecretAsync(name, version: null, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var translated = KeyVaultErrors.Translate(exception, _client.VaultUri, name);
            LogReadFailed(_logger, name, translated.Code);
            throw translated;
        }

        var value = secret.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            throw new CredentialSourceException(
                CredentialErrorCodes.SecretMissing,
                $"Secret '{name}' in Key Vault {_client.VaultUri.GetLeftPart(UriPartial.Authority)} is empty.",
                $"Set the value of secret '{name}' to the {_location.Service} OAuth client's {(name == _location.ClientIdSecretName ? "client id" : "client secret")}.");
        }

        return value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Service} OAuth client credentials from Key Vault {VaultHost} (client id {ClientId})")]
    private static partial void LogRead(ILogger logger, string service, string vaultHost, string clientId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading secret {SecretName} from Key Vault failed with {ErrorCode}")]
    private static partial void LogReadFailed(ILogger logger, string secretName, string errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Key Vault refresh failed ({ErrorCode}: {Reason}); serving the cached {Service} credentials")]
    private static partial void LogServingCached(ILogger logger, string errorCode, string reason, string service);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Service} OAuth client id changed in Key Vault from {OldClientId} to {NewClientId}")]
    private static partial void LogClientIdChanged(ILogger logger, string service, string oldClientId, string newClientId);
}
