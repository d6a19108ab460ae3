using Functions.TestHost;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>The settings the suite starts the app with: local.settings.sample.json, pointed at this run's emulator and Azurite.</summary>
public static class AppSettings
{
    /// <summary>The client secret of the sample settings (and of the emulator's default seed): it must never be logged.</summary>
    public const string ClientSecret = "local-development-secret";

    public static FunctionsTestHostOptions Options(Uri emulator, string storage, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["AzureWebJobsStorage"] = storage,
            ["Genesys__LoginBaseUrl"] = emulator.ToString().TrimEnd('/'),
            ["Genesys__ApiBaseUrl"] = emulator.ToString().TrimEnd('/'),
        };
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[name] = value;
        }

        return new FunctionsTestHostOptions
        {
            AppDirectory = AppUnderTest.Directory,
            LocalSettingsPath = AppUnderTest.LocalSettingsSamplePath,
            Settings = settings,
        };
    }
}
