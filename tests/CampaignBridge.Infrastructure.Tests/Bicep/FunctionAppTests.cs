using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/modules/functionapp.bicep: Flex Consumption plan and site.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class FunctionAppTests(CompiledTemplate template)
{
    private ArmResource Site => template.ResourcesOfType("Microsoft.Web/sites").Single();

    [Fact]
    public void The_plan_is_flex_consumption()
    {
        ArmResource plan = template.ResourcesOfType("Microsoft.Web/serverfarms").Single();

        plan.Element.GetProperty("sku").GetProperty("name").GetString().ShouldBe("FC1");
        plan.Element.GetProperty("sku").GetProperty("tier").GetString().ShouldBe("FlexConsumption");
        plan.Properties.GetProperty("reserved").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void The_runtime_is_dotnet_isolated_10()
    {
        JsonElement runtime = Site.Properties.GetProperty("functionAppConfig").GetProperty("runtime");

        runtime.GetProperty("name").GetString().ShouldBe("dotnet-isolated");
        runtime.GetProperty("version").GetString().ShouldBe("10.0");
        Site.Element.GetProperty("kind").GetString().ShouldBe("functionapp,linux");
    }

    [Fact]
    public void The_app_is_https_only_with_tls_1_2_and_ftps_disabled()
    {
        JsonElement siteConfig = Site.Properties.GetProperty("siteConfig");

        Site.Properties.GetProperty("httpsOnly").GetBoolean().ShouldBeTrue();
        siteConfig.GetProperty("minTlsVersion").GetString().ShouldBe("1.2");
        siteConfig.GetProperty("scmMinTlsVersion").GetString().ShouldBe("1.2");
        siteConfig.GetProperty("ftpsState").GetString().ShouldBe("Disabled");
    }

    [Fact]
    public void Basic_publishing_credentials_are_off_for_ftp_and_scm()
    {
        IReadOnlyList<ArmResource> policies = template.ResourcesOfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies");

        policies.Select(p => p.Name).ShouldBe(
            ["[format('{0}/{1}', parameters('name'), 'ftp')]", "[format('{0}/{1}', parameters('name'), 'scm')]"],
            ignoreOrder: true);
        policies.ShouldAllBe(p => !p.Properties.GetProperty("allow").GetBoolean());
    }

    [Fact]
    public void The_app_runs_as_the_user_assigned_identity_and_pulls_its_package_with_it()
    {
        JsonElement storage = Site.Properties.GetProperty("functionAppConfig").GetProperty("deployment").GetProperty("storage");

        Site.Element.GetProperty("identity").GetProperty("type").GetString().ShouldBe("UserAssigned");
        storage.GetProperty("type").GetString().ShouldBe("blobContainer");
        storage.GetProperty("authentication").GetProperty("type").GetString().ShouldBe("UserAssignedIdentity");
        storage.GetProperty("authentication").GetProperty("userAssignedIdentityResourceId").GetString().ShouldBe("[parameters('identityId')]");
        storage.GetProperty("authentication").TryGetProperty("storageAccountConnectionStringName", out _).ShouldBeFalse();
    }

    [Fact]
    public void Azd_finds_the_app_as_service_api()
    {
        Site.Element.GetProperty("tags").GetString()!.ShouldContain("createObject('azd-service-name', 'api')");
    }

    [Fact]
    public void Scale_defaults_follow_the_flex_quickstart()
    {
        JsonElement parameters = template.Root.GetProperty("parameters");

        parameters.GetProperty("instanceMemoryMB").GetProperty("defaultValue").GetInt32().ShouldBe(2048);
        parameters.GetProperty("maximumInstanceCount").GetProperty("defaultValue").GetInt32().ShouldBe(100);
    }
}
