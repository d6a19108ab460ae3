namespace CampaignBridge.Salesforce.Tests.Rest.Records;

/// <summary>The record to write: names checked, values typed, create-only fields kept apart.</summary>
public sealed class WritableSObjectTests
{
    [Fact]
    public void Fields_are_case_insensitive_and_keep_the_order_they_were_set_in()
    {
        var task = new WritableSObject("Task") { ["WhoId"] = "00Q5g00000AbCdEEAV", ["Subject"] = "a" };
        task["subject"] = "b";

        task.FieldNames.ShouldBe(["WhoId", "Subject"]);
        task["SUBJECT"].ShouldBe((SObjectFieldValue)"b");
        task.Count.ShouldBe(2);
        task.Contains("whoid").ShouldBeTrue();
        task.TryGetValue("Missing", out _).ShouldBeFalse();
    }

    [Fact]
    public void A_create_only_field_becomes_ordinary_when_set_again_through_the_indexer()
    {
        var task = new WritableSObject("Task").SetOnCreate("TaskSubtype", "Call");
        task.CreateOnlyFields.ShouldBe(["TaskSubtype"]);

        task["TaskSubtype"] = "Call";

        task.CreateOnlyFields.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("attributes")]
    [InlineData("Who Id")]
    [InlineData("1Field")]
    [InlineData("Field\"")]
    [InlineData("")]
    public void A_name_that_is_not_a_field_api_name_is_refused(string field)
        => Should.Throw<ArgumentException>(() => new WritableSObject("Task") { [field] = "x" });

    [Theory]
    [InlineData("Task/x")]
    [InlineData("")]
    public void A_type_that_is_not_an_api_name_is_refused(string type)
        => Should.Throw<ArgumentException>(() => new WritableSObject(type));

    [Fact]
    public void A_record_id_is_validated()
    {
        new WritableSObject("Lead", "00Q5g00000AbCdEEAV").Id.ShouldBe("00Q5g00000AbCdEEAV");
        Should.Throw<ArgumentException>(() => new WritableSObject("Lead", "00Q5g00000AbCdEXXX"));
    }

    [Fact]
    public void Values_convert_from_the_dotnet_types_and_null_clears()
    {
        ((SObjectFieldValue)31).Value.ShouldBe(31L);
        ((SObjectFieldValue)(int?)null).IsNull.ShouldBeTrue();
        ((SObjectFieldValue)(string?)null).ShouldBe(SObjectFieldValue.Null);
        ((SObjectFieldValue)true).Value.ShouldBe(true);
        ((SObjectFieldValue)new DateOnly(2026, 12, 1)).Value.ShouldBe(new DateOnly(2026, 12, 1));
        Should.Throw<ArgumentOutOfRangeException>(() => (SObjectFieldValue)double.NaN);
        Should.Throw<ArgumentOutOfRangeException>(() => (SObjectFieldValue)double.PositiveInfinity);
    }
}
