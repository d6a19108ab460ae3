namespace CampaignBridge.Salesforce.Tests;

public sealed class SkeletonTests
{
    [Fact]
    public void The_project_under_test_is_loaded()
        => typeof(CampaignBridge.Salesforce.AssemblyMarker).Assembly.GetName().Name.ShouldBe("CampaignBridge.Salesforce");
}
