using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Genesys;
using CampaignBridge.Testing.Http;
using GenesysCloud.Emulator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

/// <summary>
/// The real container (<c>AddCampaignBridge</c>, which includes <c>AddContactOutbox</c>) over Azurite and the Genesys emulator,
/// with a <see cref="FakeTimeProvider"/>, queue/table names of its own, and helpers to call HTTP functions with a
/// real <see cref="DefaultHttpContext"/> and to read the queues.
/// </summary>
internal sealed class OutboxTestHost : IAsyncDisposable
{
    public const string OrganizationId = "00D000000000001";
    public const string OtherOrganizationId = "00D000000000002";
    public const string MappingName = "leads";
    public const string ContactListId = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";

    // Set on the host that started its own emulator (StartAsync); hosts built over a shared emulator leave it alone.
    private bool _ownsEmulator;

    private OutboxTestHost(ServiceProvider services, FakeTimeProvider time, CapturedLogs logs, GenesysCloudEmulator emulator)
    {
        Services = services;
        Time = time;
        Logs = logs;
        Emulator = emulator;
    }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public GenesysCloudEmulator Emulator { get; }

    public ContactSyncStorage Storage => Services.GetRequiredService<ContactSyncStorage>();

    public ContactOutboxOptions Options => Services.GetRequiredService<IOptions<ContactOutboxOptions>>().Value;

    public static Dictionary<string, string?> DefaultSettings(Uri genesys, string storageConnectionString)
    {
        var suffix = AzuriteFixture.UniqueSuffix();
        var settings = new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["Genesys:ApiBaseUrl"] = genesys.ToString(),
            ["Genesys:LoginBaseUrl"] = genesys.ToString(),
            ["Genesys:ClientId"] = "campaignbridge-local",
            ["Genesys:ClientSecret"] = "local-development-secret",
            ["Phone:DefaultRegion"] = "US",
            ["Salesforce:AllowedOrganizationIds"] = OrganizationId,
            ["AzureWebJobsStorage"] = storageConnectionString,
            ["ContactSync:QueueName"] = $"contact-sync-{suffix}",
            ["ContactSync:PoisonQueueName"] = $"contact-sync-poison-{suffix}",
            ["ContactSync:OperationsTableName"] = $"ops{suffix}",
            ["ContactSync:NotificationsTableName"] = $"seen{suffix}",
            ["ContactSync:StateTableName"] = $"state{suffix}",
            ["ContactSync:PayloadContainerName"] = $"payloads-{suffix}",
            [$"Salesforce:OutboundMessages:{MappingName}:ContactListId"] = ContactListId,
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:FirstName"] = "FirstName",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:LastName"] = "LastName",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:Phone"] = "Phone",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:MobilePhone"] = "MobilePhone",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:Email"] = "Email",
            [$"Salesforce:OutboundMessages:{MappingName}:PhoneColumns:0"] = "Phone",
            [$"Salesforce:OutboundMessages:{MappingName}:PhoneColumns:1"] = "MobilePhone",
        };
        return settings;
    }

    /// <summary>When every test host's clock starts (unless the test passes its own clock).</summary>
    public static readonly DateTimeOffset StartTime = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    /// <summary>A host over a new emulator of its own (default seed), stopped when the host is disposed.</summary>
    public static async Task<OutboxTestHost> StartAsync(string storageConnectionString)
    {
        var emulator = await GenesysCloudEmulator.StartAsync();
        var host = Create(emulator, storageConnectionString);
        host._ownsEmulator = true;
        return host;
    }

    /// <summary>
    /// Builds the container. <paramref name="configure"/> may change settings before it is built; <paramref name="time"/>
    /// lets the app share a clock with an emulator started on it (rate-limit windows, token expiry).
    /// </summary>
    public static OutboxTestHost Create(
        GenesysCloudEmulator emulator, string storageConnectionString, Action<Dictionary<string, string?>>? configure = null, FakeTimeProvider? time = null)
    {
        var settings = DefaultSettings(emulator.BaseUrl, storageConnectionString);
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        time ??= new FakeTimeProvider(StartTime);
        var logs = new CapturedLogs();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCampaignBridge(configuration);
        services.AddSingleton<TimeProvider>(time);

        // The flusher decides about retries itself; the client's own retry waits would run on the fake clock.
        services.PostConfigure<GenesysClientOptions>(options =>
        {
            options.TransientRetries = 0;
            options.RateLimitRetries = 0;
        });
        return new OutboxTestHost(services.BuildServiceProvider(validateScopes: true), time, logs, emulator);
    }

    /// <summary>The storage name settings of <paramref name="host"/>, to build a second "instance" sharing its queues and tables.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> StorageNamesOf(OutboxTestHost host)
    {
        var names = host.Options;
        yield return new("ContactSync:QueueName", names.QueueName);
        yield return new("ContactSync:PoisonQueueName", names.PoisonQueueName);
        yield return new("ContactSync:OperationsTableName", names.OperationsTableName);
        yield return new("ContactSync:NotificationsTableName", names.NotificationsTableName);
        yield return new("ContactSync:StateTableName", names.StateTableName);
        yield return new("ContactSync:PayloadContainerName", names.PayloadContainerName);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public T Create<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>A real request: method, path, query, body and <c>RequestServices</c> set.</summary>
    public HttpRequest Request(string method, string path, string? body = null, string contentType = "text/xml; charset=utf-8", string query = "")
        => FunctionRequests.Create(Services, method, path, query, body, contentType);

    /// <summary>Executes a function's result against its request's response and returns status, content type and body.</summary>
    public static async Task<HttpAnswer> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var response = await FunctionResults.ExecuteAsync(request, result);
        return new HttpAnswer(response.StatusCode, response.ContentType, response.Body, response.Headers.RetryAfter.ToString());
    }

    /// <summary>Messages in <paramref name="queue"/> (Azurite counts exactly).</summary>
    public static async Task<int> QueueLengthAsync(QueueClient queue)
        => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>Every message currently visible in <paramref name="queue"/> (peeked, so nothing changes).</summary>
    public static async Task<IReadOnlyList<PeekedMessage>> PeekAllAsync(QueueClient queue)
        => (await queue.PeekMessagesAsync(32)).Value;

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsEmulator)
        {
            await Emulator.DisposeAsync();
        }
    }
}
