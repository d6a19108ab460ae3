using CampaignBridge.Genesys.Conversations;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>The export's CSV (RFC 4180) read into rows keyed by the header row.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var rows = CsvReader.Read("id,name,note\r\n1,\"Smith, Ann\",\"said \"\"hi\"\"\r\nthen left\"\r\n2,Bo,\"\"\r\n");

        rows.Count.ShouldBe(2);
        rows[0]["name"].ShouldBe("Smith, Ann");
        rows[0]["note"].ShouldBe("said \"hi\"\r\nthen left");
        rows[1]["name"].ShouldBe("Bo");
        rows[1]["note"].ShouldBe("");
    }

    [Fact]
    public void Line_feeds_alone_end_records_too_and_the_last_record_needs_no_line_end()
    {
        var rows = CsvReader.Read("id,name\n1,Ann\n2,Bo");

        rows.Select(r => (r["id"], r["name"])).ShouldBe([("1", "Ann"), ("2", "Bo")]);
    }

    [Fact]
    public void A_quoted_header_is_read_like_any_field()
    {
        var rows = CsvReader.Read("\"inin-outbound-id\",\"CallRecordLastResult-Phone\"\r\n00Q5g00000AbCdE,ININ-OUTBOUND-BUSY\r\n");

        rows.ShouldHaveSingleItem()["CallRecordLastResult-Phone"].ShouldBe("ININ-OUTBOUND-BUSY");
    }

    [Fact]
    public void A_short_row_has_empty_values_for_the_missing_columns_and_extra_fields_are_dropped()
    {
        var rows = CsvReader.Read("a,b,c\r\n1\r\n1,2,3,4\r\n");

        rows[0].ShouldBe(new Dictionary<string, string> { ["a"] = "1", ["b"] = "", ["c"] = "" });
        rows[1].ShouldBe(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" });
    }

    [Fact]
    public void Empty_lines_are_skipped_and_empty_fields_kept()
    {
        var rows = CsvReader.Read("a,b\r\n\r\n,\r\n1,\r\n\r\n");

        rows.Select(r => (r["a"], r["b"])).ShouldBe([("", ""), ("1", "")]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a,b,c")]
    [InlineData("a,b,c\r\n")]
    public void Text_with_no_record_after_the_header_has_no_rows(string text)
        => CsvReader.Read(text).ShouldBeEmpty();

    [Fact]
    public void Column_names_are_compared_exactly()
    {
        var row = CsvReader.Read("Phone,phone\r\n+1,+2\r\n").Single();

        row["Phone"].ShouldBe("+1");
        row["phone"].ShouldBe("+2");
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_kept_as_it_is()
    {
        var row = CsvReader.Read("name,size\r\nThe 12\" record,7\"\r\n").Single();

        row["name"].ShouldBe("The 12\" record");
        row["size"].ShouldBe("7\"");
    }
}
