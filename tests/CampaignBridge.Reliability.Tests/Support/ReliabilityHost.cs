using System.Reflection;
using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using CampaignBridge.Functions;
using CampaignBridge.OAuth;
using CampaignBridge.Testing.Http;
using CampaignBridge.Testing.KeyVault;
using GenesysCloud.Emulator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>
/// The real Function App container (<c>AddCampaignBridge</c>) over the Genesys emulator, optionally a fake Key Vault
/// and Azurite, with every log line and response recorded into the <see cref="ReliabilityRun"/> for the secrets scan.
/// Functions are called with real <see cref="DefaultHttpContext"/> requests and their results executed into a body.
/// </summary>
public sealed class ReliabilityHost : IAsyncDisposable
{
    public const string LocalClientId = "campaignbridge-local";
    public const string LocalClientSecret = "local-development-secret";
    public const string OrganizationId = "00D000000000001";
    public const string MappingName = "leads";
    public const string ContactListId = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";
    public const string SpringRenewalsId = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    public const string DncListId = "d0c1a2b3-0000-4000-8000-000000000001";

    /// <summary>Where the app's function classes live.</summary>
    private static readonly Assembly FunctionsAssembly = typeof(CampaignBridgeServiceCollectionExtensions).Assembly;

    private readonly ReliabilityRun _run;

    private ReliabilityHost(ReliabilityRun run, ServiceProvider services, GenesysCloudEmulator emulator, FakeKeyVault? vault, IReadOnlyDictionary<string, string?> settings)
    {
        _run = run;
        Services = services;
        Emulator = emulator;
        Vault = vault;
        Settings = settings;
    }

    public ServiceProvider Services { get; }

    public GenesysCloudEmulator Emulator { get; }

    public FakeKeyVault? Vault { get; }

    public IReadOnlyDictionary<string, string?> Settings { get; }

    public static async Task<ReliabilityHost> StartAsync(ReliabilityRun run, HostOptions? options = null)
    {
        options ??= new HostOptions();
        var seed = EmulatorSeed.Default;
        options.Seed?.Invoke(seed);
        foreach (var client in seed.OAuthClients)
        {
            run.RememberSecret(client.ClientSecret, $"client secret of {client.ClientId}");
        }

        var emulator = await GenesysCloudEmulator.StartAsync(seed, options.Time).ConfigureAwait(false);
        FakeKeyVault? vault = null;
        var settings = new Dictionary<string, string?>
        {
            ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
            ["Genesys:ApiBaseUrl"] = emulator.BaseUrl.ToString(),
            ["Genesys:LoginBaseUrl"] = emulator.BaseUrl.ToString(),
            ["Phone:DefaultRegion"] = "US",
            ["Salesforce:AllowedOrganizationIds"] = OrganizationId,
            [$"Salesforce:OutboundMessages:{MappingName}:ContactListId"] = ContactListId,
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:FirstName"] = "FirstName",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:LastName"] = "LastName",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:Phone"] = "Phone",
            [$"Salesforce:OutboundMessages:{MappingName}:Fields:Email"] = "Email",
            [$"Salesforce:OutboundMessages:{MappingName}:PhoneColumns:0"] = "Phone",
        };
        if (options.UseKeyVault)
        {
            vault = await FakeKeyVault.StartAsync().ConfigureAwait(false);
            SetVaultCredentials(vault, LocalClientId, LocalClientSecret);
            settings["KeyVault:Uri"] = vault.VaultUri.ToString();
        }
        else
        {
            settings["Genesys:ClientId"] = LocalClientId;
            settings["Genesys:ClientSecret"] = LocalClientSecret;
        }

        if (options.UseStorage)
        {
            var azurite = await run.AzuriteAsync().ConfigureAwait(false);
            var suffix = Guid.NewGuid().ToString("N")[..12];
            settings["AzureWebJobsStorage"] = azurite.ConnectionString;
            settings["ContactSync:QueueName"] = $"contact-sync-{suffix}";
            settings["ContactSync:PoisonQueueName"] = $"contact-sync-poison-{suffix}";
            settings["ContactSync:OperationsTableName"] = $"ops{suffix}";
            settings["ContactSync:NotificationsTableName"] = $"seen{suffix}";
            settings["ContactSync:StateTableName"] = $"state{suffix}";
            settings["ContactSync:PayloadContainerName"] = $"payloads-{suffix}";
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        run.Attach(logs);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCampaignBridge(configuration);

        if (options.Time is { } time)
        {
            services.AddSingleton(time);
        }

        if (vault is not null)
        {
            services.AddSingleton(vault.Credential);
            services.AddSingleton(vault.CreateClientOptions());
        }

        return new ReliabilityHost(run, services.BuildServiceProvider(), emulator, vault, settings);
    }

    /// <summary>Creates a function class the way the worker does (per invocation, from the container).</summary>
    public T Function<T>() => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>A real request with <c>RequestServices</c> set.</summary>
    public HttpRequest Request(string method, string path, string? body = null, string contentType = "application/json", string query = "")
        => FunctionRequests.Create(Services, method, path, query, body, contentType);

    /// <summary>Runs a public function and returns its answer (also recorded for the secrets scan).</summary>
    public async Task<FunctionAnswer> CallAsync<TFunction>(HttpRequest request, Func<TFunction, Task<IActionResult>> invoke)
        => await ExecuteAsync(request, await invoke(Function<TFunction>()).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>
    /// Runs a function by its entry point (<c>Namespace.Class.Method</c>, as in functions.metadata), the way the host
    /// finds it. Used for the outbox functions, which are internal to the app.
    /// </summary>
    public async Task<object?> InvokeEntryPointAsync(string entryPoint, params object?[] arguments)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = FunctionsAssembly.GetType(entryPoint[..split], throwOnError: true)!;
        var method = type.GetMethod(entryPoint[(split + 1)..], BindingFlags.Public | BindingFlags.Instance)
            ?? throw new InvalidOperationException($"No public method {entryPoint}.");
        var instance = ActivatorUtilities.CreateInstance(Services, type);
        var task = (Task)method.Invoke(instance, arguments)!;
        await task.ConfigureAwait(false);
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    /// <summary>Runs an HTTP function by entry point and returns its answer.</summary>
    public async Task<FunctionAnswer> CallEntryPointAsync(string entryPoint, HttpRequest request, params object?[] arguments)
    {
        var result = (IActionResult)(await InvokeEntryPointAsync(entryPoint, [request, .. arguments]).ConfigureAwait(false))!;
        return await ExecuteAsync(request, result).ConfigureAwait(false);
    }

    public async Task<FunctionAnswer> ExecuteAsync(HttpRequest request, IActionResult result)
    {
        var response = await FunctionResults.ExecuteAsync(request, result).ConfigureAwait(false);
        var answer = new FunctionAnswer(response.StatusCode, response.ContentType, response.Body, response.Headers.RetryAfter.ToString());
        var headers = string.Join("\n", response.Headers.Select(h => $"{h.Key}: {h.Value}"));
        _run.RecordResponse($"{answer.Status}\n{headers}\n\n{answer.Body}");
        return answer;
    }

    /// <summary>Requests the Genesys emulator has answered so far (token and API; its admin endpoints are not recorded).</summary>
    public int UpstreamCalls => Emulator.Requests.Count;

    public async ValueTask DisposeAsync()
    {
        foreach (var token in Emulator.IssuedTokens)
        {
            _run.RememberSecret(token.AccessToken, $"access token issued to {token.ClientId}");
        }

        await Services.DisposeAsync().ConfigureAwait(false);
        await Emulator.DisposeAsync().ConfigureAwait(false);
        if (Vault is not null)
        {
            await Vault.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stores the Genesys client id and secret under the app's default Key Vault secret names.</summary>
    public static void SetVaultCredentials(FakeKeyVault vault, string clientId, string clientSecret)
    {
        vault.SetSecret("genesys-client-id", clientId);
        vault.SetSecret("genesys-client-secret", clientSecret);
    }
}
