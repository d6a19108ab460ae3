using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>The app settings main.bicep gives the Function App (ARCHITECTURE.md, configuration table).</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class AppSettingsTests(CompiledTemplate template)
{
    // Settings that exist only on a developer's machine (local.settings.sample.json) and must never be deployed.
    private static readonly string[] LocalOnlySettings =
    [
        "AzureWebJobsStorage", "FUNCTIONS_WORKER_RUNTIME", "AZURE_FUNCTIONS_ENVIRONMENT",
        "Genesys__ClientId", "Genesys__ClientSecret", "Genesys__ApiBaseUrl", "Genesys__LoginBaseUrl",
        "Salesforce__ClientId", "Salesforce__ClientSecret",
    ];

    // Indexed settings that come from list parameters (CallResultsSettingsTests checks them), not from appSettings.
    private static readonly string[] ListSettingPrefixes =
    [
        "Salesforce__OutboundMessages__", "CallResults__Campaigns__", "CallResults__Outcomes__",
    ];

    [Theory]
    [InlineData("Genesys__Region")]
    [InlineData("KeyVault__Uri")]
    [InlineData("KeyVault__ClientIdSecretName")]
    [InlineData("KeyVault__ClientSecretSecretName")]
    [InlineData("Salesforce__AllowedOrganizationIds")]
    [InlineData("Phone__DefaultRegion")]
    [InlineData("ContactSync__Schedule")]
    [InlineData("Diagnostics__Schedule")]
    [InlineData("Salesforce__InstanceUrl")]
    [InlineData("Salesforce__ApiVersion")]
    [InlineData("KeyVault__SalesforceClientIdSecretName")]
    [InlineData("KeyVault__SalesforceClientSecretSecretName")]
    [InlineData("CallResults__Schedule")]
    [InlineData("CallResults__DncListId")]
    [InlineData("AZURE_CLIENT_ID")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("AzureWebJobsStorage__credential")]
    [InlineData("AzureWebJobsStorage__clientId")]
    public void Every_configuration_key_of_the_architecture_is_an_app_setting(string setting)
    {
        template.AppSettings().Keys.ShouldContain(setting);
    }

    [Fact]
    public void Every_deployable_key_of_the_local_settings_sample_is_an_app_setting()
    {
        using JsonDocument sample = JsonDocument.Parse(RepositoryLayout.ReadAllText("local.settings.sample.json"));
        string[] deployable = sample.RootElement.GetProperty("Values").EnumerateObject()
            .Select(p => p.Name)
            .Where(name => !LocalOnlySettings.Contains(name) && !ListSettingPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)))
            .ToArray();

        deployable.ShouldNotBeEmpty();
        deployable.ShouldBeSubsetOf(template.AppSettings().Keys);
    }

    [Fact]
    public void Local_development_settings_are_never_deployed()
    {
        template.AppSettings().Keys.ShouldNotContain(key => LocalOnlySettings.Contains(key));
    }

    [Fact]
    public void Host_storage_uses_the_user_assigned_identity_and_no_connection_string()
    {
        IReadOnlyDictionary<string, JsonElement> settings = template.AppSettings();

        settings["AzureWebJobsStorage__credential"].GetString().ShouldBe("managedidentity");
        settings["AzureWebJobsStorage__clientId"].GetString()!.ShouldContain("'identity'");
        settings["AzureWebJobsStorage__clientId"].GetString()!.ShouldContain(".outputs.clientId.value");
        settings["AzureWebJobsStorage__accountName"].GetString()!.ShouldContain(".outputs.name.value");
        settings["AzureWebJobsStorage__queueServiceUri"].GetString()!.ShouldContain(".outputs.queueEndpoint.value");
        settings["AzureWebJobsStorage__tableServiceUri"].GetString()!.ShouldContain(".outputs.tableEndpoint.value");
        settings["AZURE_CLIENT_ID"].GetString().ShouldBe(settings["AzureWebJobsStorage__clientId"].GetString());
    }

    [Fact]
    public void No_setting_holds_a_storage_key_a_connection_string_or_a_listKeys_call()
    {
        string[] forbidden = ["AccountKey", "SharedAccessSignature", "DefaultEndpointsProtocol", "UseDevelopmentStorage", "listKeys", "SharedAccessKey"];

        foreach ((string name, JsonElement value) in template.AppSettings())
        {
            string text = value.ToString();
            forbidden.ShouldNotContain(word => text.Contains(word, StringComparison.OrdinalIgnoreCase), $"setting {name} = {text}");
        }

        template.Json.ShouldNotContain("listKeys", Case.Insensitive);
        template.Json.ShouldNotContain("AccountKey=", Case.Insensitive);
    }

    [Fact]
    public void Application_insights_ingestion_authenticates_with_the_identity()
    {
        IReadOnlyDictionary<string, JsonElement> settings = template.AppSettings();

        settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"].GetString()!.ShouldContain("Authorization=AAD");
        settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"].GetString()!.ShouldContain(".outputs.clientId.value");
        ArmResource component = template.ResourcesOfType("Microsoft.Insights/components").Single();
        component.Properties.GetProperty("DisableLocalAuth").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Settings_the_flex_consumption_plan_rejects_are_absent()
    {
        template.AppSettings().Keys.ShouldNotContain(key =>
            key == "FUNCTIONS_EXTENSION_VERSION" || key == "WEBSITE_RUN_FROM_PACKAGE"
            || key == "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING" || key == "WEBSITE_CONTENTSHARE"
            || key == "FUNCTIONS_WORKER_RUNTIME");
    }

    [Fact]
    public void Settings_come_from_the_parameters_with_the_architecture_defaults()
    {
        IReadOnlyDictionary<string, JsonElement> settings = template.AppSettings();
        JsonElement parameters = template.Root.GetProperty("parameters");

        settings["Genesys__Region"].GetString().ShouldBe("[parameters('genesysRegion')]");
        settings["Salesforce__AllowedOrganizationIds"].GetString().ShouldBe("[parameters('salesforceAllowedOrganizationIds')]");
        settings["KeyVault__Uri"].GetString()!.ShouldContain("'keyvault'");
        settings["KeyVault__Uri"].GetString()!.ShouldContain(".outputs.uri.value");
        DefaultOf(parameters, "keyVaultClientIdSecretName").ShouldBe("genesys-client-id");
        DefaultOf(parameters, "keyVaultClientSecretSecretName").ShouldBe("genesys-client-secret");
        DefaultOf(parameters, "phoneDefaultRegion").ShouldBe("US");
        DefaultOf(parameters, "contactSyncSchedule").ShouldBe("*/30 * * * * *");
        DefaultOf(parameters, "diagnosticsSchedule").ShouldBe("0 */5 * * * *");
        DefaultOf(parameters, "salesforceAllowedOrganizationIds").ShouldBe(string.Empty);
        settings["Salesforce__InstanceUrl"].GetString().ShouldBe("[parameters('salesforceInstanceUrl')]");
        settings["Salesforce__ApiVersion"].GetString().ShouldBe("[parameters('salesforceApiVersion')]");
        settings["CallResults__Schedule"].GetString().ShouldBe("[parameters('callResultsSchedule')]");
        settings["CallResults__DncListId"].GetString().ShouldBe("[parameters('callResultsDncListId')]");
        // Empty = the way back is off, and the app's own API version (the app treats an empty setting as absent).
        DefaultOf(parameters, "salesforceInstanceUrl").ShouldBe(string.Empty);
        DefaultOf(parameters, "salesforceApiVersion").ShouldBe(string.Empty);
        DefaultOf(parameters, "callResultsDncListId").ShouldBe(string.Empty);
    }

    [Fact]
    public void The_secret_names_default_to_the_names_the_app_reads_by_default()
    {
        IReadOnlyDictionary<string, string> app = CSharpSource.Read("src", "CampaignBridge.Functions", "Configuration", "KeyVaultOptions.cs").StringConstants();
        IReadOnlyDictionary<string, JsonElement> settings = template.AppSettings();
        JsonElement parameters = template.Root.GetProperty("parameters");

        (string Setting, string Parameter, string AppDefault)[] secrets =
        [
            ("KeyVault__ClientIdSecretName", "keyVaultClientIdSecretName", "DefaultClientIdSecretName"),
            ("KeyVault__ClientSecretSecretName", "keyVaultClientSecretSecretName", "DefaultClientSecretSecretName"),
            ("KeyVault__SalesforceClientIdSecretName", "keyVaultSalesforceClientIdSecretName", "DefaultSalesforceClientIdSecretName"),
            ("KeyVault__SalesforceClientSecretSecretName", "keyVaultSalesforceClientSecretSecretName", "DefaultSalesforceClientSecretSecretName"),
        ];

        foreach ((string setting, string parameter, string appDefault) in secrets)
        {
            settings[setting].GetString().ShouldBe($"[parameters('{parameter}')]");
            DefaultOf(parameters, parameter).ShouldBe(app[appDefault], parameter);
        }

        DefaultOf(parameters, "keyVaultSalesforceClientIdSecretName").ShouldBe("salesforce-client-id");
        DefaultOf(parameters, "keyVaultSalesforceClientSecretSecretName").ShouldBe("salesforce-client-secret");
    }

    [Fact]
    public void The_results_timer_is_scheduled_every_minute_as_in_the_local_sample()
    {
        // The app has no default for CallResults:Schedule and SyncCallResults does not index without one.
        using JsonDocument sample = JsonDocument.Parse(RepositoryLayout.ReadAllText("local.settings.sample.json"));
        string? defaultSchedule = DefaultOf(template.Root.GetProperty("parameters"), "callResultsSchedule");

        defaultSchedule.ShouldBe("0 */1 * * * *");
        sample.RootElement.GetProperty("Values").GetProperty("CallResults__Schedule").GetString().ShouldBe(defaultSchedule);
        template.Root.GetProperty("parameters").GetProperty("callResultsSchedule").GetProperty("minLength").GetInt32().ShouldBe(1);
    }

    [Fact]
    public void Outbound_message_mappings_are_limited_to_their_own_prefix()
    {
        string mappings = template.Root.GetProperty("variables").GetProperty("mappingSettings").GetString()!;

        mappings.ShouldContain("startsWith(");
        mappings.ShouldContain("'Salesforce__OutboundMessages__'");
        template.ModuleParameter("functionapp", "outboundMessageSettings").GetString().ShouldBe("[variables('mappingSettings')]");
    }

    [Fact]
    public void The_function_app_applies_exactly_the_settings_main_passes()
    {
        ArmResource settingsResource = template.ResourcesOfType("Microsoft.Web/sites/config")
            .Single(r => r.Name.Contains("'appsettings'", StringComparison.Ordinal));

        settingsResource.Properties.GetString()
            .ShouldBe("[union(parameters('outboundMessageSettings'), parameters('callResultsSettings'), parameters('appSettings'))]");
    }

    private static string? DefaultOf(JsonElement parameters, string name) =>
        parameters.GetProperty(name).GetProperty("defaultValue").GetString();
}
