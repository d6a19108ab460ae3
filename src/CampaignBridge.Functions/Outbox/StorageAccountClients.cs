using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Service clients for the <c>AzureWebJobsStorage</c> account, configured the way the Functions host reads
/// the same setting: a connection string when <c>AzureWebJobsStorage</c> has a value (locally
/// <c>UseDevelopmentStorage=true</c> = Azurite), otherwise identity-based connections from
/// <c>AzureWebJobsStorage__queueServiceUri</c> / <c>__tableServiceUri</c> / <c>__blobServiceUri</c> (or
/// <c>__accountName</c>) with <see cref="DefaultAzureCredential"/> (<c>__clientId</c> picks a user-assigned identity).
/// </summary>
internal sealed class StorageAccountClients
{
    /// <summary>The setting (and, for identity-based connections, the section) the host uses for its storage.</summary>
    public const string SettingName = "AzureWebJobsStorage";

    // Storage calls sit in front of a Salesforce acknowledgement (60 s budget) and inside a timer tick, so
    // retries stay short: a few quick attempts, then the caller reports the failure.
    private const int MaxRetries = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan NetworkTimeout = TimeSpan.FromSeconds(15);

    private StorageAccountClients(QueueServiceClient queues, TableServiceClient tables, BlobServiceClient blobs)
    {
        Queues = queues;
        Tables = tables;
        Blobs = blobs;
    }

    public QueueServiceClient Queues { get; }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    /// <summary>Builds the clients from configuration, or explains which setting is missing.</summary>
    public static StorageAccountClients FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[SettingName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new StorageAccountClients(
                new QueueServiceClient(connectionString, QueueOptions()),
                new TableServiceClient(connectionString, TableOptions()),
                new BlobServiceClient(connectionString, BlobOptions()));
        }

        var section = configuration.GetSection(SettingName);
        var accountName = section["accountName"];
        var queueUri = ServiceUri(section, "queueServiceUri", accountName, "queue");
        var tableUri = ServiceUri(section, "tableServiceUri", accountName, "table");
        var blobUri = ServiceUri(section, "blobServiceUri", accountName, "blob");
        if (queueUri is null || tableUri is null || blobUri is null)
        {
            throw new InvalidOperationException(
                $"The outbox needs storage: set '{SettingName}' to a connection string (UseDevelopmentStorage=true for Azurite), " +
                $"or for an identity-based connection set '{SettingName}__accountName' or all of '{SettingName}__queueServiceUri', " +
                $"'{SettingName}__tableServiceUri' and '{SettingName}__blobServiceUri', and grant the app's identity the " +
                "Storage Queue Data Contributor, Storage Table Data Contributor and Storage Blob Data Owner roles.");
        }

        TokenCredential credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(section["clientId"]) ? null : section["clientId"],
        });
        return new StorageAccountClients(
            new QueueServiceClient(queueUri, credential, QueueOptions()),
            new TableServiceClient(tableUri, credential, TableOptions()),
            new BlobServiceClient(blobUri, credential, BlobOptions()));
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? accountName, string service)
    {
        var configured = section[key];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Uri.TryCreate(configured, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"'{SettingName}__{key}' must be an absolute URI such as https://account.{service}.core.windows.net.");
        }

        return string.IsNullOrWhiteSpace(accountName) ? null : new Uri($"https://{accountName}.{service}.core.windows.net");
    }

    private static QueueClientOptions QueueOptions()
    {
        // Base64 is what the Functions queue trigger expects by default, so a queue-triggered consumer can be
        // added later without re-encoding; it also keeps arbitrary JSON out of the service's XML envelope.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        ConfigureRetry(options.Retry);
        return options;
    }

    private static TableClientOptions TableOptions()
    {
        var options = new TableClientOptions();
        ConfigureRetry(options.Retry);
        return options;
    }

    private static BlobClientOptions BlobOptions()
    {
        var options = new BlobClientOptions();
        ConfigureRetry(options.Retry);
        return options;
    }

    private static void ConfigureRetry(RetryOptions retry)
    {
        retry.MaxRetries = MaxRetries;
        retry.Delay = RetryDelay;
        retry.MaxDelay = MaxRetryDelay;
        retry.Mode = RetryMode.Exponential;
        retry.NetworkTimeout = NetworkTimeout;
    }
}
