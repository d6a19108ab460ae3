namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>The test classes that read the compiled main.bicep share one compilation.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledTemplateCollection : ICollectionFixture<CompiledTemplate>
{
    public const string Name = "compiled main.bicep";
}
