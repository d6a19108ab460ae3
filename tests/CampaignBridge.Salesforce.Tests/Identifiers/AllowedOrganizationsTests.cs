namespace CampaignBridge.Salesforce.Tests.Identifiers;

public sealed class AllowedOrganizationsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" , ,")]
    public void An_empty_setting_refuses_every_organization(string? setting)
    {
        AllowedOrganizations allowed = AllowedOrganizations.Parse(setting);

        allowed.IsEmpty.ShouldBeTrue();
        allowed.Count.ShouldBe(0);
        allowed.Contains(SalesforceOrganizationId.Parse("00D1I000003qqqEUAQ")).ShouldBeFalse();
        allowed.ToString().ShouldBe("(none)");
    }

    [Fact]
    public void Listed_organizations_are_allowed_in_either_form_and_others_are_not()
    {
        AllowedOrganizations allowed = AllowedOrganizations.Parse(" 00D1I000003qqqE , 00DG0000000glAcMAI,");

        allowed.Count.ShouldBe(2);
        allowed.Contains(SalesforceOrganizationId.Parse("00D1I000003qqqEUAQ")).ShouldBeTrue();
        allowed.Contains(SalesforceOrganizationId.Parse("00D1I000003qqqE")).ShouldBeTrue();
        allowed.Contains(SalesforceOrganizationId.Parse("00DG0000000glAc")).ShouldBeTrue();
        allowed.Contains(SalesforceOrganizationId.Parse("00DG0000000glAC")).ShouldBeFalse();
        allowed.Contains(SalesforceOrganizationId.Parse("00D000000000001")).ShouldBeFalse();
        allowed.Contains(default).ShouldBeFalse();
    }

    [Fact]
    public void The_two_forms_of_one_organization_count_once()
        => AllowedOrganizations.Parse("00D1I000003qqqE,00D1I000003qqqEUAQ").Count.ShouldBe(1);

    [Fact]
    public void A_malformed_entry_is_refused_naming_the_setting_and_the_entry()
    {
        var exception = Should.Throw<InvalidSettingException>(() => AllowedOrganizations.Parse("00D1I000003qqqE,00D1I000003qqqEUAA"));

        exception.Setting.ShouldBe("Salesforce:AllowedOrganizationIds");
        exception.Message.ShouldBe(
            "Salesforce:AllowedOrganizationIds: entry 2 ('00D1I000003qqqEUAA') is not a Salesforce organization id: an organization id has 18 characters but its last 3 ('UAA') are not the checksum of the first 15 ('UAQ'): check for a typo or a change of letter case. " +
            "Use the ids from Salesforce Setup > Company Information (Salesforce.com Organization ID), separated by commas.");
    }

    [Fact]
    public void A_long_malformed_entry_is_shortened_in_the_message()
    {
        var exception = Should.Throw<InvalidSettingException>(() => AllowedOrganizations.Parse("00D1I000003qqqE;00DG0000000glAcMAI"));

        exception.Message.ShouldStartWith("Salesforce:AllowedOrganizationIds: entry 1 ('00D1I000003qqqE;00DG0000…') is not a Salesforce organization id: an organization id must be 15 or 18 characters long, not 34.");
        AllowedOrganizations.SettingName.ShouldBe("Salesforce:AllowedOrganizationIds");
    }
}
