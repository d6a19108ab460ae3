using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/main.bicep: scope, parameters and the outputs azd and the deploy guide rely on.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class MainTemplateTests(CompiledTemplate template)
{
    [Fact]
    public void The_template_deploys_at_subscription_scope_and_creates_its_resource_group()
    {
        template.Root.GetProperty("$schema").GetString()!.ShouldContain("subscriptionDeploymentTemplate");
        template.ResourcesOfType("Microsoft.Resources/resourceGroups").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("environmentName")]
    [InlineData("location")]
    [InlineData("genesysRegion")]
    [InlineData("salesforceAllowedOrganizationIds")]
    [InlineData("keyVaultClientIdSecretName")]
    [InlineData("keyVaultClientSecretSecretName")]
    [InlineData("salesforceInstanceUrl")]
    [InlineData("salesforceApiVersion")]
    [InlineData("keyVaultSalesforceClientIdSecretName")]
    [InlineData("keyVaultSalesforceClientSecretSecretName")]
    [InlineData("callResultsSchedule")]
    [InlineData("callResultsCampaigns")]
    [InlineData("callResultsOutcomes")]
    [InlineData("callResultsDncListId")]
    [InlineData("callResultsTuning")]
    public void The_template_takes_the_parameter(string name)
    {
        template.Root.GetProperty("parameters").TryGetProperty(name, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_FUNCTION_APP_URL")]
    [InlineData("AZURE_KEY_VAULT_NAME")]
    [InlineData("AZURE_KEY_VAULT_ENDPOINT")]
    [InlineData("AZURE_FUNCTION_IDENTITY_CLIENT_ID")]
    [InlineData("AZURE_STORAGE_ACCOUNT_NAME")]
    public void The_template_outputs(string name)
    {
        JsonElement output = template.Root.GetProperty("outputs").GetProperty(name);

        output.GetProperty("type").GetString().ShouldBe("string");
        output.GetProperty("value").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void The_function_app_url_is_https()
    {
        template.Root.GetProperty("outputs").GetProperty("AZURE_FUNCTION_APP_URL").GetProperty("value").GetString()!
            .ShouldStartWith("[format('https://{0}'");
    }

    [Fact]
    public async Task The_parameter_file_compiles_with_the_azd_defaults()
    {
        string parameterFile = Path.Combine(Path.GetTempPath(), "campaignbridge-params-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            ProcessResult build = await template.Bicep.RunAsync("build-params", RepositoryLayout.PathOf("infra", "main.bicepparam"), "--outfile", parameterFile);

            build.ExitCode.ShouldBe(0, build.Output);
            using JsonDocument parameters = JsonDocument.Parse(await File.ReadAllTextAsync(parameterFile, TestContext.Current.CancellationToken));
            JsonElement values = parameters.RootElement.GetProperty("parameters");
            values.GetProperty("genesysRegion").GetProperty("value").GetString().ShouldNotBeNullOrWhiteSpace();
            values.GetProperty("keyVaultClientIdSecretName").GetProperty("value").GetString().ShouldBe("genesys-client-id");
            values.GetProperty("keyVaultClientSecretSecretName").GetProperty("value").GetString().ShouldBe("genesys-client-secret");
            // The way back stays off until SALESFORCE_INSTANCE_URL is set; its timer is scheduled either way.
            values.GetProperty("salesforceInstanceUrl").GetProperty("value").GetString().ShouldBe(string.Empty);
            values.GetProperty("keyVaultSalesforceClientIdSecretName").GetProperty("value").GetString().ShouldBe("salesforce-client-id");
            values.GetProperty("keyVaultSalesforceClientSecretSecretName").GetProperty("value").GetString().ShouldBe("salesforce-client-secret");
            values.GetProperty("callResultsSchedule").GetProperty("value").GetString().ShouldBe("0 */1 * * * *");
            values.GetProperty("callResultsCampaigns").GetProperty("value").GetArrayLength().ShouldBe(0);
            values.GetProperty("callResultsOutcomes").GetProperty("value").GetArrayLength().ShouldBe(0);
            values.GetProperty("callResultsTuning").GetProperty("value").EnumerateObject().ShouldBeEmpty();
        }
        finally
        {
            File.Delete(parameterFile);
        }
    }
}
