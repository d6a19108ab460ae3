namespace CampaignBridge.Genesys.Tests;

public sealed class SkeletonTests
{
    [Fact]
    public void The_project_under_test_is_loaded()
        => typeof(CampaignBridge.Genesys.AssemblyMarker).Assembly.GetName().Name.ShouldBe("CampaignBridge.Genesys");
}
