namespace CampaignBridge.Salesforce.Tests.Phones;

public sealed class PhoneRegionTests
{
    [Fact]
    public void The_default_region_is_us()
    {
        PhoneRegion.DefaultCode.ShouldBe("US");
        PhoneRegion.Default.Code.ShouldBe("US");
        default(PhoneRegion).Code.ShouldBe("US");
        PhoneRegion.SettingName.ShouldBe("Phone:DefaultRegion");
    }

    [Theory]
    [InlineData("GB", "GB")]
    [InlineData("gb", "GB")]
    [InlineData(" de ", "DE")]
    public void A_known_region_is_parsed_case_insensitively(string input, string expected)
    {
        PhoneRegion region = PhoneRegion.Parse(input);

        region.Code.ShouldBe(expected);
        region.ToString().ShouldBe(expected);
        (region == PhoneRegion.Parse(expected)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("USA")]
    [InlineData("")]
    public void An_unknown_region_is_refused(string input)
    {
        PhoneRegion.TryParse(input, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => PhoneRegion.Parse(input)).Message.ShouldContain("is not an ISO 3166-1 alpha-2 region");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_setting_gives_the_default_region(string? setting)
        => PhoneRegion.FromSetting(setting).ShouldBe(PhoneRegion.Default);

    [Fact]
    public void A_wrong_setting_is_refused_naming_the_setting()
    {
        var exception = Should.Throw<InvalidSettingException>(() => PhoneRegion.FromSetting("Narnia"));

        exception.Setting.ShouldBe("Phone:DefaultRegion");
        exception.Message.ShouldBe("Phone:DefaultRegion is 'Narnia', which is not an ISO 3166-1 alpha-2 region with phone numbering metadata; use a code such as US, GB or DE (or leave it empty for US).");
    }
}
