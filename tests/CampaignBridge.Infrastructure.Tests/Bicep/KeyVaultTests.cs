using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/modules/keyvault.bicep: RBAC, soft delete, purge protection, no secrets in the template.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class KeyVaultTests(CompiledTemplate template)
{
    [Fact]
    public void The_vault_uses_rbac_with_soft_delete_and_purge_protection()
    {
        JsonElement vault = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single().Properties;

        vault.GetProperty("enableRbacAuthorization").GetBoolean().ShouldBeTrue();
        vault.GetProperty("enableSoftDelete").GetBoolean().ShouldBeTrue();
        vault.GetProperty("enablePurgeProtection").GetBoolean().ShouldBeTrue();
        vault.TryGetProperty("accessPolicies", out _).ShouldBeFalse();
    }

    [Fact]
    public void Deleted_secrets_stay_recoverable_for_90_days_by_default()
    {
        JsonElement vault = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single().Properties;

        vault.GetProperty("softDeleteRetentionInDays").GetString().ShouldBe("[parameters('softDeleteRetentionInDays')]");
        JsonElement vaultTemplate = template.ResourcesOfType("Microsoft.KeyVault/vaults").Single().Template;
        vaultTemplate.GetProperty("parameters").GetProperty("softDeleteRetentionInDays").GetProperty("defaultValue").GetInt32().ShouldBe(90);
    }

    [Fact]
    public void The_template_creates_no_secret_so_no_secret_value_passes_through_a_deployment()
    {
        template.ResourcesOfType("Microsoft.KeyVault/vaults/secrets").ShouldBeEmpty();
        template.Root.GetProperty("parameters").EnumerateObject()
            .ShouldNotContain(p => p.Value.GetProperty("type").GetString() == "securestring");
    }
}
