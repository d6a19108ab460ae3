namespace CampaignBridge.Salesforce.Tests.Identifiers;

public sealed class SalesforceRecordIdTests
{
    [Theory]
    [InlineData("0031I0000081tbPQAQ")] // ids captured from a real org (reference fixture)
    [InlineData("0031I0000081tb0QAA")]
    [InlineData("04l1I000000fzt9QAA")]
    [InlineData("04k1I000000bmsHQAQ")]
    [InlineData("001A0000006Vm9rIAC")] // 001A0 -> 8 (I), 00000 -> A, 6Vm9r -> 2 (C)
    [InlineData("001A0000006Vm9r")]
    public void Real_15_and_18_character_ids_are_accepted(string value)
    {
        SalesforceRecordId.TryParse(value, out SalesforceRecordId id).ShouldBeTrue();

        id.Value.ShouldBe(value);
        id.KeyPrefix.ShouldBe(value[..3]);
    }

    [Fact]
    public void The_15_and_18_character_forms_of_one_record_are_equal()
    {
        (SalesforceRecordId.Parse("001A0000006Vm9r") == SalesforceRecordId.Parse("001A0000006Vm9rIAC")).ShouldBeTrue();
        (SalesforceRecordId.Parse("001A0000006Vm9r") != SalesforceRecordId.Parse("001A0000006VM9r")).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "a Salesforce record id is empty")]
    [InlineData("003", "a Salesforce record id must be 15 or 18 characters long, not 3")]
    [InlineData("0031I0000081tbP QAQ", "a Salesforce record id must be 15 or 18 characters long, not 19")]
    [InlineData("0031I0000081tb_", "a Salesforce record id may contain only the letters A-Z, a-z and digits")]
    [InlineData("0031I0000081tbPQAA", "a Salesforce record id has 18 characters but its last 3 ('QAA') are not the checksum of the first 15 ('QAQ'): check for a typo or a change of letter case")]
    public void A_malformed_id_is_refused_with_the_reason(string? value, string expectedProblem)
    {
        SalesforceRecordId.TryParse(value, out _, out string? problem).ShouldBeFalse();

        problem.ShouldBe(expectedProblem);
        Should.Throw<FormatException>(() => SalesforceRecordId.Parse(value!)).Message.ShouldBe(expectedProblem);
    }
}
