namespace CampaignBridge.Salesforce.Tests.Rest.Query;

/// <summary>SOQL literals and IN lists: nothing a value holds can become query text.</summary>
public sealed class SoqlTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("say \"hi\"", @"'say \""hi\""'")]
    [InlineData("line\nbreak\r\ttab", @"'line\nbreak\r\ttab'")]
    [InlineData("' OR Name != '", @"'\' OR Name != \''")]
    [InlineData("Zoë +49", "'Zoë +49'")]
    [InlineData("", "''")]
    public void A_literal_is_quoted_and_escaped(string value, string literal) => Soql.Literal(value).ShouldBe(literal);

    [Fact]
    public void A_control_character_soql_cannot_escape_is_refused()
        => Should.Throw<ArgumentException>(() => Soql.Literal("a\0b")).Message.ShouldContain("U+0000");

    [Fact]
    public void Ids_are_validated_before_they_go_into_a_query()
    {
        Soql.Id("00Q5g00000AbCdEEAV").ShouldBe("'00Q5g00000AbCdEEAV'");
        Soql.Id("00Q5g00000AbCdE").ShouldBe("'00Q5g00000AbCdE'");
        Should.Throw<ArgumentException>(() => Soql.Id("00Q5g00000AbCdEXXX")).Message.ShouldContain("checksum");
        Should.Throw<ArgumentException>(() => Soql.Id("x' OR Id != '"));
    }

    [Fact]
    public void An_id_list_is_a_parenthesised_list_of_literals()
        => Soql.IdList(["00Q5g00000AbCdEEAV", "0035g00000XyZaAAAV"]).ShouldBe("('00Q5g00000AbCdEEAV','0035g00000XyZaAAAV')");

    [Fact]
    public void A_value_list_escapes_each_value() => Soql.InList(["a'b", "c"]).ShouldBe(@"('a\'b','c')");

    [Fact]
    public void Empty_and_oversized_lists_are_refused()
    {
        Should.Throw<ArgumentException>(() => Soql.IdList([]));
        Should.Throw<ArgumentException>(() => Soql.InList([null!]));
        Soql.InList(Enumerable.Repeat("x", Soql.MaxInListValues)).ShouldStartWith("('x'");
        Should.Throw<ArgumentOutOfRangeException>(() => Soql.InList(Enumerable.Repeat("x", Soql.MaxInListValues + 1)));
    }
}
