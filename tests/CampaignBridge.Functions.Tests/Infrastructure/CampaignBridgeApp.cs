using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using CampaignBridge.OAuth;
using CampaignBridge.Testing.KeyVault;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>
/// The app as the Functions host would build it, without the host: the Genesys Cloud emulator (and, with
/// <see cref="CampaignBridgeAppOptions.UseKeyVault"/>, a <see cref="FakeKeyVault"/>) on loopback, an in-memory configuration
/// pointing at them, and the real container from <c>AddCampaignBridge</c> with startup validation run. Every log line
/// is kept in <see cref="Logs"/>; disposing the app asserts that none of them contains a secret or token.
/// <code>
/// await using var app = await CampaignBridgeApp.StartAsync();
/// var response = await app.SendAsync(TestRequest.Get(app.Services, "/api/campaigns"), (GetCampaign f, HttpRequest r) => ...);
/// </code>
/// </summary>
public sealed class CampaignBridgeApp : IAsyncDisposable
{
    /// <summary>OAuth client of the default seed holding every permission.</summary>
    public const string ClientId = "campaignbridge-local";

    /// <summary>Its secret.</summary>
    public const string ClientSecret = "local-development-secret";

    private readonly bool _ownsEmulator;

    private CampaignBridgeApp(GenesysCloudEmulator emulator, bool ownsEmulator, FakeKeyVault? keyVault, ServiceProvider services, LogCollector logs, IReadOnlyDictionary<string, string?> settings)
    {
        Emulator = emulator;
        _ownsEmulator = ownsEmulator;
        KeyVault = keyVault;
        Services = services;
        Logs = logs;
        Settings = settings;
    }

    /// <summary>The Genesys Cloud emulator the app talks to.</summary>
    public GenesysCloudEmulator Emulator { get; }

    /// <summary>The fake vault, when the app reads its credentials from Key Vault.</summary>
    public FakeKeyVault? KeyVault { get; }

    /// <summary>The real container.</summary>
    public ServiceProvider Services { get; }

    /// <summary>Every log line written by the app.</summary>
    public LogCollector Logs { get; }

    /// <summary>The configuration the app was built from.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Starts the dependencies and builds the container.</summary>
    public static async Task<CampaignBridgeApp> StartAsync(Action<CampaignBridgeAppOptions>? configure = null)
    {
        var options = new CampaignBridgeAppOptions();
        configure?.Invoke(options);
        var emulator = options.Emulator ?? await GenesysCloudEmulator.StartAsync(options.Seed).ConfigureAwait(false);
        FakeKeyVault? vault = null;
        try
        {
            var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
            {
                ["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development",
                ["Genesys:ApiBaseUrl"] = emulator.BaseUrl.ToString(),
                ["Genesys:LoginBaseUrl"] = emulator.BaseUrl.ToString(),
            };
            if (options.UseKeyVault)
            {
                vault = await FakeKeyVault.StartAsync().ConfigureAwait(false);
                vault.SetSecret("genesys-client-id", options.ClientId);
                vault.SetSecret("genesys-client-secret", options.ClientSecret);
                settings["KeyVault:Uri"] = vault.VaultUri.ToString();
            }
            else
            {
                settings["Genesys:ClientId"] = options.ClientId;
                settings["Genesys:ClientSecret"] = options.ClientSecret;
            }

            foreach (var (key, value) in options.Settings)
            {
                settings[key] = value;
            }

            var (services, logs) = Build(settings, vault, options.TimeProvider, options.ConfigureServices);
            return new CampaignBridgeApp(emulator, options.Emulator is null, vault, services, logs, settings);
        }
        catch
        {
            if (vault is not null)
            {
                await vault.DisposeAsync().ConfigureAwait(false);
            }

            if (options.Emulator is null)
            {
                await emulator.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Builds the real container from <paramref name="settings"/> and runs startup validation as the host does
    /// (throws <see cref="OptionsValidationException"/> for bad settings). Used directly by configuration tests.
    /// </summary>
    public static (ServiceProvider Services, LogCollector Logs) Build(
        IReadOnlyDictionary<string, string?> settings,
        FakeKeyVault? vault = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new LogCollector();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddCampaignBridge(configuration);
        if (vault is not null)
        {
            services.AddSingleton<TokenCredential>(vault.Credential);
            services.AddSingleton<SecretClientOptions>(_ => vault.CreateClientOptions());
        }

        configureServices?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
        }
        catch
        {
            provider.Dispose();
            throw;
        }

        return (provider, logs);
    }

    /// <summary>Creates a function class from the container, as the worker does.</summary>
    public T Function<T>()
        where T : notnull => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>Runs <paramref name="invoke"/> on <paramref name="request"/> and executes its result into a response.</summary>
    public static async Task<TestResponse> SendAsync(TestRequest request, Func<HttpRequest, Task<IActionResult>> invoke)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(invoke);
        var built = request.Build();
        var result = await invoke(built).ConfigureAwait(false);
        return await ActionResultRunner.ExecuteAsync(result, built.HttpContext).ConfigureAwait(false);
    }

    /// <summary>Emulator requests to the Genesys API (token requests excluded) recorded after <paramref name="since"/> requests.</summary>
    public IReadOnlyList<RecordedRequest> ApiRequestsSince(int since)
        => Emulator.Requests.Skip(since).Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Strings that must never appear in a log line: the configured secrets, every token the emulator issued, and
    /// Authorization header values.
    /// </summary>
    public IReadOnlyList<string> ForbiddenLogContent()
    {
        var secrets = Settings.Where(s => s.Key.EndsWith("Secret", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(s.Value)).Select(s => s.Value!).ToList();
        secrets.Add(ClientSecret);
        var forbidden = new List<string>(secrets) { "fake-vault-access-token" };

        // What an Authorization header would carry: Basic base64(id:secret) for the token request, the tokens themselves for the API.
        forbidden.AddRange(secrets.Select(secret => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Settings.GetValueOrDefault("Genesys:ClientId") ?? ClientId}:{secret}"))));
        forbidden.AddRange(Emulator.IssuedTokens.Select(t => t.AccessToken));
        return forbidden;
    }

    /// <summary>Asserts that no log line contains a secret, a token or an Authorization header value.</summary>
    public void ShouldNotHaveLoggedSecrets()
        => Logs.LinesContaining(ForbiddenLogContent()).ShouldBeEmpty("a log line contains a secret, a token or an Authorization header");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            ShouldNotHaveLoggedSecrets();
        }
        finally
        {
            await Services.DisposeAsync().ConfigureAwait(false);
            if (KeyVault is not null)
            {
                await KeyVault.DisposeAsync().ConfigureAwait(false);
            }

            if (_ownsEmulator)
            {
                await Emulator.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
