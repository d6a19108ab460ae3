using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>azure.yaml: `azd up` provisions infra/main.bicep and deploys the Functions project as service api.</summary>
public sealed class AzureYamlTests
{
    private static readonly string[] Lines = RepositoryLayout.ReadAllText("azure.yaml")
        .Split('\n')
        .Select(line => line.TrimEnd('\r'))
        .Where(line => !line.TrimStart().StartsWith('#'))
        .ToArray();

    [Theory]
    [InlineData("infra:")]
    [InlineData("  provider: bicep")]
    [InlineData("  path: infra")]
    [InlineData("  module: main")]
    [InlineData("services:")]
    [InlineData("  api:")]
    [InlineData("    project: ./src/CampaignBridge.Functions")]
    [InlineData("    language: dotnet")]
    [InlineData("    host: function")]
    public void Azure_yaml_declares(string line)
    {
        Lines.ShouldContain(line);
    }

    [Fact]
    public void The_service_project_and_the_infra_module_exist()
    {
        File.Exists(RepositoryLayout.PathOf("src", "CampaignBridge.Functions", "CampaignBridge.Functions.csproj")).ShouldBeTrue();
        File.Exists(RepositoryLayout.PathOf("infra", "main.bicep")).ShouldBeTrue();
        File.Exists(RepositoryLayout.PathOf("infra", "main.bicepparam")).ShouldBeTrue();
    }
}
