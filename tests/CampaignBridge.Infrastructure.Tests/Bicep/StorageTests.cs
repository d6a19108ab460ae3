using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/modules/storage.bicep: the one storage account, used only through Entra ID.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed partial class StorageTests(CompiledTemplate template)
{
    [Fact]
    public void There_is_exactly_one_storage_account()
    {
        template.ResourcesOfType("Microsoft.Storage/storageAccounts").Count.ShouldBe(1);
    }

    [Fact]
    public void Shared_key_access_and_public_blobs_are_off_and_tls_1_2_is_required()
    {
        JsonElement account = template.ResourcesOfType("Microsoft.Storage/storageAccounts").Single().Properties;

        account.GetProperty("allowSharedKeyAccess").GetBoolean().ShouldBeFalse();
        account.GetProperty("allowBlobPublicAccess").GetBoolean().ShouldBeFalse();
        account.GetProperty("defaultToOAuthAuthentication").GetBoolean().ShouldBeTrue();
        account.GetProperty("supportsHttpsTrafficOnly").GetBoolean().ShouldBeTrue();
        account.GetProperty("minimumTlsVersion").GetString().ShouldBe("TLS1_2");
    }

    [Fact]
    public void The_queues_of_both_delivery_lanes_and_their_poison_queues_are_created()
    {
        template.ModuleParameter("storage", "queueNames").GetString().ShouldBe("[variables('queueNames')]");
        Variable("queueNames").ShouldBe(["contact-sync", "contact-sync-poison", "call-results", "call-results-poison"], ignoreOrder: true);
        template.ResourcesOfType("Microsoft.Storage/storageAccounts/queueServices/queues").Count.ShouldBe(1);
    }

    [Fact]
    public void Queue_and_container_names_are_valid_storage_names()
    {
        string[] names = [.. Variable("queueNames"), .. Variable("containerNames")];

        names.ShouldNotBeEmpty();
        names.ShouldAllBe(name => QueueOrContainerName().IsMatch(name));
    }

    [Fact]
    public void Every_queue_table_and_container_the_outbox_uses_by_default_is_created()
    {
        // The app's defaults (both delivery lanes' options) are the names the template must create.
        string[] defaults =
        [
            .. new[]
            {
                CSharpSource.Read("src", "CampaignBridge.Functions", "ContactSync", "ContactOutboxOptions.cs"),
                CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "CallResultsOptions.cs"),
            }
            .SelectMany(options => options.StringConstants())
            .Where(constant => StorageNameDefault().IsMatch(constant.Key))
            .Select(constant => constant.Value),
        ];
        string[] created =
        [
            .. Variable("queueNames"),
            .. Variable("tableNames"),
            .. Variable("containerNames"),
        ];

        defaults.ShouldNotBeEmpty();
        defaults.ShouldBeSubsetOf(created);
    }

    [Fact]
    public void Tables_and_containers_are_created_with_valid_names_and_no_public_access()
    {
        template.ModuleParameter("storage", "tableNames").GetString().ShouldBe("[variables('tableNames')]");
        template.ModuleParameter("storage", "containerNames").GetString().ShouldBe("[variables('containerNames')]");
        Variable("tableNames")
            .ShouldAllBe(name => name.All(char.IsAsciiLetterOrDigit) && name.Length >= 3 && name.Length <= 63);
        template.ResourcesOfType("Microsoft.Storage/storageAccounts/tableServices/tables").Count.ShouldBe(1);

        IReadOnlyList<ArmResource> containers = template.ResourcesOfType("Microsoft.Storage/storageAccounts/blobServices/containers");
        containers.Count.ShouldBe(2);
        containers.ShouldAllBe(c => c.Properties.GetProperty("publicAccess").GetString() == "None");
    }

    private string[] Variable(string name) => ResolvedList(template.Root.GetProperty("variables").GetProperty(name));

    private string[] ResolvedList(JsonElement names) =>
        names.EnumerateArray()
            .Select(name => ArmExpressions.LiteralOf(ArmExpressions.ResolveVariables(name.GetString()!, template.Root)) ?? name.GetString()!)
            .ToArray();

    [GeneratedRegex(@"^Default\w*(?:QueueName|TableName|ContainerName)$")]
    private static partial Regex StorageNameDefault();

    // Queue and container names: 3-63 lowercase letters, digits and single hyphens, a letter or digit at both ends.
    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9](?:[a-z0-9]|-(?!-))*[a-z0-9]$")]
    private static partial Regex QueueOrContainerName();
}
