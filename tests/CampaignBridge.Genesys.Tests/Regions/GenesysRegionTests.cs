namespace CampaignBridge.Genesys.Tests.Regions;

public sealed class GenesysRegionTests
{
    public static TheoryData<string, string> ProductionRegions => new()
    {
        { "us-east-1", "mypurecloud.com" },
        { "us-east-2", "use2.us-gov-pure.cloud" },
        { "us-west-2", "usw2.pure.cloud" },
        { "ca-central-1", "cac1.pure.cloud" },
        { "sa-east-1", "sae1.pure.cloud" },
        { "mx-central-1", "mxc1.pure.cloud" },
        { "eu-west-1", "mypurecloud.ie" },
        { "eu-west-2", "euw2.pure.cloud" },
        { "eu-central-1", "mypurecloud.de" },
        { "eu-central-2", "euc2.pure.cloud" },
        { "eusc-de-east-1", "edee1.eusc-pure.cloud" },
        { "me-central-1", "mec1.pure.cloud" },
        { "ap-south-1", "aps1.pure.cloud" },
        { "ap-northeast-1", "mypurecloud.jp" },
        { "ap-northeast-2", "apne2.pure.cloud" },
        { "ap-northeast-3", "apne3.pure.cloud" },
        { "ap-southeast-1", "apse1.pure.cloud" },
        { "ap-southeast-2", "mypurecloud.com.au" },
    };

    [Fact]
    public void There_are_exactly_the_18_production_regions_with_distinct_names_and_domains()
    {
        GenesysRegion.All.Count.ShouldBe(18);
        GenesysRegion.All.Select(r => r.Name).Distinct().Count().ShouldBe(18);
        GenesysRegion.All.Select(r => r.Domain).Distinct().Count().ShouldBe(18);
        GenesysRegion.All.Select(r => (r.Name, r.Domain)).ShouldBe(ProductionRegions.Select(row => (row.Data.Item1, row.Data.Item2)));
    }

    [Theory]
    [MemberData(nameof(ProductionRegions))]
    public void A_region_is_found_by_its_aws_name_and_by_its_domain_with_login_and_api_hosts(string name, string domain)
    {
        var byName = GenesysRegion.Parse(name);
        var byDomain = GenesysRegion.Parse(domain);

        byName.ShouldBe(byDomain);
        byName.Name.ShouldBe(name);
        byName.Domain.ShouldBe(domain);
        byName.LoginBaseUri.ShouldBe(new Uri($"https://login.{domain}/"));
        byName.ApiBaseUri.ShouldBe(new Uri($"https://api.{domain}/"));
        byName.ToString().ShouldBe(name);
    }

    [Theory]
    [InlineData("US-EAST-1", "us-east-1")]
    [InlineData("MyPureCloud.IE", "eu-west-1")]
    [InlineData("  mypurecloud.com.au ", "ap-southeast-2")]
    public void Parsing_ignores_case_and_surrounding_white_space(string value, string expectedName)
    {
        GenesysRegion.TryParse(value, out var region).ShouldBeTrue();
        region.Name.ShouldBe(expectedName);
    }

    [Theory]
    [InlineData("us-east-3")]
    [InlineData("api.mypurecloud.com")]
    [InlineData("api.us.genesys.cloud")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_region_is_refused(string? value)
    {
        GenesysRegion.TryParse(value, out var region).ShouldBeFalse();
        region.ShouldBe(default);
    }

    [Fact]
    public void Parsing_an_unknown_region_lists_every_valid_one()
    {
        var error = Should.Throw<ArgumentException>(() => GenesysRegion.Parse("mypurecloud.co.uk"));

        error.Message.ShouldContain("'mypurecloud.co.uk' is not a Genesys Cloud region");
        foreach (var region in GenesysRegion.All)
        {
            error.Message.ShouldContain($"{region.Name} ({region.Domain})");
        }
    }
}
