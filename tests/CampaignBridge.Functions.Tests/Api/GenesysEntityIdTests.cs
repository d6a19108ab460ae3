using CampaignBridge.Functions.Api;

namespace CampaignBridge.Functions.Tests.Api;

public sealed class GenesysEntityIdTests
{
    [Fact]
    public void A_canonical_guid_is_accepted_and_normalised_to_lower_case()
    {
        GenesysEntityId.TryParse("5D1F7C0A-8B1E-4C1A-9F00-000000000001", out var id).ShouldBeTrue();

        id.Value.ShouldBe("5d1f7c0a-8b1e-4c1a-9f00-000000000001");
    }

    [Fact]
    public void The_problem_quotes_short_printable_input_and_describes_anything_else()
    {
        GenesysEntityId.TryParse(null, "campaignId", "abc", out _, out var shortProblem).ShouldBeFalse();
        GenesysEntityId.TryParse(null, "campaignId", new string('x', 100), out _, out var longProblem).ShouldBeFalse();
        GenesysEntityId.TryParse(null, "campaignId", "a\u0000b", out _, out var controlProblem).ShouldBeFalse();

        shortProblem!.Detail.ShouldContain("'abc'");
        longProblem!.Detail.ShouldContain("a 100-character value");
        controlProblem!.Detail.ShouldNotContain("\u0000");
        shortProblem.Field.ShouldBe("campaignId");
    }
}
