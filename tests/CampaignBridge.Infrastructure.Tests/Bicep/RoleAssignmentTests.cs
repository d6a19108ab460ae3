using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/modules/rbac.bicep: what the Function App identity may do, and nothing more.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class RoleAssignmentTests(CompiledTemplate template)
{
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    private IReadOnlyList<ArmResource> AppAssignments => template.ResourcesOfType("Microsoft.Authorization/roleAssignments")
        .Where(r => r.Properties.GetProperty("principalId").GetString()!.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", StringComparison.Ordinal))
        .ToList();

    [Theory]
    [InlineData(StorageBlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageQueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(StorageTableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    [InlineData(MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    public void The_app_identity_holds_the_role_on_the_resource(string roleDefinitionId, string scopeType)
    {
        ArmResource assignment = AppAssignments.Single(a => RoleOf(a) == roleDefinitionId);

        assignment.Element.GetProperty("scope").GetString()!.ShouldContain($"resourceId('{scopeType}'");
        assignment.Properties.GetProperty("principalType").GetString().ShouldBe("ServicePrincipal");
        assignment.Name.ShouldContain("resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'");
    }

    [Fact]
    public void The_app_identity_holds_no_other_role()
    {
        AppAssignments.Select(RoleOf).ShouldBe(
            [StorageBlobDataOwner, StorageQueueDataContributor, StorageTableDataContributor, KeyVaultSecretsUser, MonitoringMetricsPublisher],
            ignoreOrder: true);
    }

    [Fact]
    public void The_deployer_may_set_secrets_only_when_a_principal_is_given()
    {
        ArmResource officer = template.ResourcesOfType("Microsoft.Authorization/roleAssignments").Single(a => RoleOf(a) == KeyVaultSecretsOfficer);

        officer.Element.GetProperty("condition").GetString().ShouldBe("[not(empty(parameters('deployerPrincipalId')))]");
        officer.Properties.GetProperty("principalId").GetString().ShouldBe("[parameters('deployerPrincipalId')]");
        template.ModuleParameter("rbac", "deployerPrincipalId").GetString().ShouldBe("[parameters('principalId')]");
    }

    private static string? RoleOf(ArmResource assignment)
    {
        string resolved = assignment.Resolved(assignment.Properties.GetProperty("roleDefinitionId"));
        const string Prefix = "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '";
        return resolved.StartsWith(Prefix, StringComparison.Ordinal) && resolved.EndsWith("')]", StringComparison.Ordinal)
            ? resolved[Prefix.Length..^3]
            : null;
    }
}
