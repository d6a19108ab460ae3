using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Configuration;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class StorageAccountClientsTests
{
    [Fact]
    public void A_connection_string_is_used_when_AzureWebJobsStorage_has_a_value()
    {
        var clients = StorageAccountClients.FromConfiguration(Configuration(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" }));

        clients.Queues.Uri.ShouldBe(new Uri("http://127.0.0.1:10001/devstoreaccount1"));
        clients.Tables.Uri.ShouldBe(new Uri("http://127.0.0.1:10002/devstoreaccount1"));
        clients.Blobs.Uri.ShouldBe(new Uri("http://127.0.0.1:10000/devstoreaccount1"));
    }

    [Fact]
    public void Identity_based_settings_use_the_service_uris()
    {
        var clients = StorageAccountClients.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage:queueServiceUri"] = "https://cbstore.queue.core.windows.net",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://cbstore.table.core.windows.net",
            ["AzureWebJobsStorage:blobServiceUri"] = "https://cbstore.blob.core.windows.net",
            ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-000000000001",
        }));

        clients.Queues.Uri.ShouldBe(new Uri("https://cbstore.queue.core.windows.net"));
        clients.Tables.Uri.ShouldBe(new Uri("https://cbstore.table.core.windows.net"));
        clients.Blobs.Uri.ShouldBe(new Uri("https://cbstore.blob.core.windows.net"));
        clients.Queues.AccountName.ShouldBe("cbstore");
    }

    [Fact]
    public void An_account_name_alone_gives_the_public_cloud_service_uris()
    {
        var clients = StorageAccountClients.FromConfiguration(Configuration(new() { ["AzureWebJobsStorage:accountName"] = "cbstore" }));

        clients.Queues.Uri.ShouldBe(new Uri("https://cbstore.queue.core.windows.net"));
        clients.Tables.Uri.ShouldBe(new Uri("https://cbstore.table.core.windows.net"));
        clients.Blobs.Uri.ShouldBe(new Uri("https://cbstore.blob.core.windows.net"));
    }

    [Fact]
    public void Missing_storage_settings_name_both_ways_to_configure_them()
    {
        var failure = Should.Throw<InvalidOperationException>(() => StorageAccountClients.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage:queueServiceUri"] = "https://cbstore.queue.core.windows.net",
        })));

        failure.Message.ShouldContain("UseDevelopmentStorage=true");
        failure.Message.ShouldContain("AzureWebJobsStorage__tableServiceUri");
        failure.Message.ShouldContain("Storage Queue Data Contributor");
    }

    [Fact]
    public void A_malformed_service_uri_names_the_setting()
    {
        var failure = Should.Throw<InvalidOperationException>(() => StorageAccountClients.FromConfiguration(Configuration(new()
        {
            ["AzureWebJobsStorage:accountName"] = "cbstore",
            ["AzureWebJobsStorage:queueServiceUri"] = "not a uri",
        })));

        failure.Message.ShouldContain("AzureWebJobsStorage__queueServiceUri");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
        => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
}
