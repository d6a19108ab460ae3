namespace CampaignBridge.Salesforce.Tests.Identifiers;

public sealed class SalesforceOrganizationIdTests
{
    // Worked by hand: chunks 00D1I | 00000 | 3qqqE; upper-case letters at positions 2,4 | none | 4
    // give 4+16=20 (U), 0 (A), 16 (Q).
    private const string Id15 = "00D1I000003qqqE";
    private const string Id18 = "00D1I000003qqqEUAQ";

    [Fact]
    public void The_15_and_18_character_forms_of_one_organization_are_equal()
    {
        SalesforceOrganizationId shortForm = SalesforceOrganizationId.Parse(Id15);
        SalesforceOrganizationId longForm = SalesforceOrganizationId.Parse(Id18);

        (shortForm == longForm).ShouldBeTrue();
        shortForm.Equals((object)longForm).ShouldBeTrue();
        shortForm.GetHashCode().ShouldBe(longForm.GetHashCode());
        longForm.ShortId.ShouldBe(Id15);
        longForm.Value.ShouldBe(Id18);
        longForm.ToString().ShouldBe(Id18);
    }

    [Fact]
    public void The_first_15_characters_are_compared_case_sensitively()
    {
        SalesforceOrganizationId upper = SalesforceOrganizationId.Parse("00D1I000003qqqE");
        SalesforceOrganizationId lower = SalesforceOrganizationId.Parse("00D1I000003qqqe");

        (upper != lower).ShouldBeTrue();
    }

    [Fact]
    public void Different_organizations_are_not_equal()
        => SalesforceOrganizationId.Parse("00DG0000000glAc").ShouldNotBe(SalesforceOrganizationId.Parse(Id15));

    [Theory]
    [InlineData("00D1I000003qqqEUAQ")]
    [InlineData("00D1I000003qqqEuaq")]
    [InlineData("00DG0000000glAcMAI")] // 00DG0 -> 4+8 (M), 00000 -> A, 0glAc -> 8 (I)
    public void An_18_character_id_with_the_right_checksum_is_accepted(string id)
        => SalesforceOrganizationId.TryParse(id, out _).ShouldBeTrue();

    [Theory]
    [InlineData(null, "an organization id is empty")]
    [InlineData("", "an organization id is empty")]
    [InlineData("00D1I000003qq", "an organization id must be 15 or 18 characters long, not 13")]
    [InlineData("00D1I000003qqqEUA", "an organization id must be 15 or 18 characters long, not 17")]
    [InlineData("00D1I000003qq-E", "an organization id may contain only the letters A-Z, a-z and digits")]
    [InlineData("00D1I000003qqqÉ", "an organization id may contain only the letters A-Z, a-z and digits")]
    [InlineData("0031I0000081tbP", "an organization id starts with 00D, this one starts with '003'")]
    [InlineData("00D1I000003qqqEUAA", "an organization id has 18 characters but its last 3 ('UAA') are not the checksum of the first 15 ('UAQ'): check for a typo or a change of letter case")]
    [InlineData("00d1i000003QQQeUAQ", "an organization id has 18 characters but its last 3 ('UAQ') are not the checksum of the first 15 ('AAO'): check for a typo or a change of letter case")]
    public void A_malformed_id_is_refused_with_the_reason(string? value, string expectedProblem)
    {
        SalesforceOrganizationId.TryParse(value, out SalesforceOrganizationId id, out string? problem).ShouldBeFalse();

        problem.ShouldBe(expectedProblem);
        id.ShouldBe(default);
    }

    [Fact]
    public void Parse_throws_a_format_exception_that_says_why()
        => Should.Throw<FormatException>(() => SalesforceOrganizationId.Parse("00D1I000003qqqEXXX"))
            .Message.ShouldStartWith("an organization id has 18 characters but its last 3 ('XXX') are not the checksum");
}
