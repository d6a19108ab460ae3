using System.Text.Json;
using CampaignBridge.Salesforce.Rest;

namespace CampaignBridge.Salesforce.Tests.Rest.Records;

/// <summary>
/// The source-generated JSON sets an absent init-only property to null whatever its initializer says (dotnet/runtime#84484);
/// an answer that leaves an array out must still read as an empty list.
/// </summary>
public sealed class OmittedArraysTests
{
    [Fact]
    public void A_save_result_without_errors_and_an_error_without_fields_read_as_empty_lists()
    {
        var results = JsonSerializer.Deserialize("""[{"id":"00T5g00000AbCdEEAV","success":true},{"success":false,"errors":[{"statusCode":"UNABLE_TO_LOCK_ROW"}]}]""",
            SalesforceJsonContext.Wire.IReadOnlyListSaveResult)!;

        results[0].Errors.ShouldBeEmpty();
        var error = results[1].Errors.ShouldHaveSingleItem();
        error.Fields.ShouldBeEmpty();
        error.Message.ShouldBe(string.Empty);
    }

    [Fact]
    public void A_query_page_and_a_describe_without_their_arrays_read_as_empty()
    {
        JsonSerializer.Deserialize("""{"totalSize":0,"done":true}""", SalesforceJsonContext.Wire.QueryPage)!.Records.ShouldBeEmpty();
        JsonSerializer.Deserialize("""{"name":"Task"}""", SalesforceJsonContext.Wire.SObjectDescription)!.Fields.ShouldBeEmpty();
    }
}
