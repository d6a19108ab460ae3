using CampaignBridge.Salesforce.Tests.Rest.Support;

namespace CampaignBridge.Salesforce.Tests.Rest.Describe;

/// <summary>Describe as the Run As user sees it, for the diagnostics of "access to the objects and fields written".</summary>
public sealed class DescribeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_integration_user_sees_the_task_fields_it_writes_as_writable()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var task = await harness.Client.DescribeAsync("Task", Cancel);

        task.Name.ShouldBe("Task");
        task.Createable.ShouldBeTrue();
        var key = task.Field("genesys_conversation_id__c").ShouldNotBeNull();
        key.Name.ShouldBe(SeededOrg.ConversationField);
        (key.Createable, key.Updateable, key.ExternalId).ShouldBe((true, true, true));
        var subtype = task.Field("TaskSubtype").ShouldNotBeNull();
        (subtype.Createable, subtype.Updateable).ShouldBe((true, false), "TaskSubtype is create-only");
        task.Field("CallDisposition").ShouldNotBeNull().Updateable.ShouldBeTrue();
        task.Field("WhoId").ShouldNotBeNull().Type.ShouldBe("reference");
        harness.ApiRequests.ShouldHaveSingleItem().Path.ShouldBe("/services/data/v65.0/sobjects/Task/describe");
    }

    [Fact]
    public async Task The_restricted_user_sees_no_call_disposition_and_read_only_description_and_do_not_call()
    {
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.RestrictedFields);

        var task = await harness.Client.DescribeAsync("Task", Cancel);
        var lead = await harness.Client.DescribeAsync("Lead", Cancel);

        task.Field("CallDisposition").ShouldBeNull("no field access: absent from describe");
        var description = task.Field("Description").ShouldNotBeNull();
        (description.Createable, description.Updateable).ShouldBe((false, false));
        var doNotCall = lead.Field("DoNotCall").ShouldNotBeNull();
        doNotCall.Updateable.ShouldBeFalse();
    }

    [Fact]
    public async Task An_object_the_user_cannot_see_is_not_found_with_a_hint_about_object_permissions()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.DescribeAsync("Invoice__c", Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.NotFound);
        error.StatusCode.ShouldBe(404);
        error.SalesforceCode.ShouldBe("NOT_FOUND");
        error.Hint.ShouldContain("grant Read on Invoice__c");
    }
}
