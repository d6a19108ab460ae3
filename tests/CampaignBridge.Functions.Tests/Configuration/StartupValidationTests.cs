using CampaignBridge.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Tests.Configuration;

public sealed class StartupValidationTests
{
    private static Dictionary<string, string?> ValidSettings() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Genesys:Region"] = "mypurecloud.ie",
        ["Genesys:ClientId"] = "client",
        ["Genesys:ClientSecret"] = "not-a-real-secret",
    };

    private static string StartupFailure(Dictionary<string, string?> settings)
    {
        // The host's startup validator throws one OptionsValidationException, or an AggregateException of several.
        var exception = Should.Throw<Exception>(() => CampaignBridgeApp.Build(settings).Services.Dispose());
        var failures = exception is AggregateException aggregate
            ? aggregate.Flatten().InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).ToList()
            : exception.ShouldBeOfType<OptionsValidationException>().Failures.ToList();
        failures.ShouldNotBeEmpty();
        return string.Join(" || ", failures);
    }

    [Fact]
    public void Valid_settings_start_the_app()
    {
        var (services, _) = CampaignBridgeApp.Build(ValidSettings());
        services.Dispose();
    }

    [Fact]
    public void A_missing_region_names_the_setting_and_lists_the_regions()
    {
        var settings = ValidSettings();
        settings.Remove("Genesys:Region");

        var failure = StartupFailure(settings);

        failure.ShouldContain("Genesys:Region");
        failure.ShouldContain("eu-west-1 (mypurecloud.ie)");
    }

    [Fact]
    public void An_unknown_region_names_the_value_and_lists_the_valid_ones()
    {
        var settings = ValidSettings();
        settings["Genesys:Region"] = "mypurecloud.fr";

        var failure = StartupFailure(settings);

        failure.ShouldContain("Genesys:Region 'mypurecloud.fr' is not a Genesys Cloud region");
        failure.ShouldContain("us-east-1 (mypurecloud.com)");
        failure.ShouldContain("ap-southeast-2 (mypurecloud.com.au)");
    }

    [Fact]
    public void The_region_is_not_needed_when_both_base_url_overrides_are_set()
    {
        var settings = ValidSettings();
        settings.Remove("Genesys:Region");
        settings["Genesys:ApiBaseUrl"] = "http://127.0.0.1:5080/";
        settings["Genesys:LoginBaseUrl"] = "http://localhost:5080/";

        var (services, _) = CampaignBridgeApp.Build(settings);
        services.Dispose();
    }

    [Fact]
    public void Missing_key_vault_and_missing_client_credentials_explain_both_ways_to_configure_them()
    {
        var settings = ValidSettings();
        settings.Remove("Genesys:ClientSecret");

        var failure = StartupFailure(settings);

        failure.ShouldContain("KeyVault:Uri");
        failure.ShouldContain("Genesys:ClientId and Genesys:ClientSecret");
    }

    [Fact]
    public void An_http_override_on_a_non_loopback_host_is_refused()
    {
        var settings = ValidSettings();
        settings["Genesys:ApiBaseUrl"] = "http://genesys-gateway.example.com/";

        var failure = StartupFailure(settings);

        failure.ShouldContain("Genesys:ApiBaseUrl 'http://genesys-gateway.example.com/' uses http:// on a non-loopback host");
    }

    [Fact]
    public void A_malformed_override_url_names_the_setting()
    {
        var settings = ValidSettings();
        settings["Genesys:LoginBaseUrl"] = "login.mypurecloud.com";

        StartupFailure(settings).ShouldContain("Genesys:LoginBaseUrl 'login.mypurecloud.com' is not an absolute http(s) URL");
    }

    [Fact]
    public void A_malformed_allowed_organization_id_names_the_setting_and_the_entry()
    {
        var settings = ValidSettings();
        settings["Salesforce:AllowedOrganizationIds"] = "00D000000000001, 005000000000001";

        var failure = StartupFailure(settings);

        failure.ShouldContain("Salesforce:AllowedOrganizationIds");
        failure.ShouldContain("entry 2");
    }

    [Fact]
    public void A_phone_region_without_numbering_metadata_names_the_setting()
    {
        var settings = ValidSettings();
        settings["Phone:DefaultRegion"] = "XX";

        StartupFailure(settings).ShouldContain("Phone:DefaultRegion");
    }

    [Fact]
    public void A_key_vault_uri_must_be_https()
    {
        var settings = ValidSettings();
        settings["KeyVault:Uri"] = "http://my-vault.vault.azure.net/";

        StartupFailure(settings).ShouldContain("KeyVault:Uri 'http://my-vault.vault.azure.net/' is not an https URL");
    }

    [Fact]
    public void A_diagnostics_campaign_id_must_be_a_genesys_id()
    {
        var settings = ValidSettings();
        settings["Diagnostics:CampaignId"] = "Spring Renewals";

        StartupFailure(settings).ShouldContain("Diagnostics:CampaignId 'Spring Renewals' is not a Genesys id");
    }

    [Fact]
    public void A_contact_sync_bound_that_cannot_work_stops_the_start_naming_the_setting()
    {
        var settings = ValidSettings();
        settings["ContactSync:MaxContactsPerTick"] = "0";
        settings["ContactSync:VisibilityTimeout"] = "00:00:10";

        var failure = StartupFailure(settings);

        failure.ShouldContain("ContactSync:MaxContactsPerTick is 0; it must be at least 1");
        failure.ShouldContain("ContactSync:VisibilityTimeout (00:00:10) must be longer than ContactSync:MaxTickDuration (00:00:20)");
    }

    [Fact]
    public void Settings_never_show_the_client_secret_when_printed()
    {
        var options = new CampaignBridge.Functions.Configuration.GenesysConnectionOptions { ClientId = "id", ClientSecret = "s3cr3t-value" };

        options.ToString().ShouldNotContain("s3cr3t-value");
        options.ToString().ShouldContain("ClientSecret = ***");
    }
}
