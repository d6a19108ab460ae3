using System.Text.Json;
using CampaignBridge.Salesforce.Tests.Rest.Support;
using Salesforce.Emulator;

namespace CampaignBridge.Salesforce.Tests.Rest.Records;

/// <summary>sObject Collections upsert of logged calls by conversation id (reference §3.1, §6.1) against the emulator.</summary>
public sealed class UpsertTests
{
    private const string UpsertPath = "/services/data/v65.0/composite/sobjects/Task/Genesys_Conversation_Id__c";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_hundred_calls_are_upserted_in_one_request_with_one_result_per_record_in_order()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var calls = TaskCalls.Batch(SalesforceRestLimits.MaxRecordsPerRequest);

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, calls, Cancel);

        results.Count.ShouldBe(200);
        results.ShouldAllBe(r => r.Success && r.Created == true && r.Errors.Count == 0 && r.Id!.StartsWith("00T"));
        var tasks = harness.Org.Tasks;
        tasks.Count.ShouldBe(200);
        for (var i = 0; i < results.Count; i++)
        {
            var task = harness.Org.Record(results[i].Id!).ShouldNotBeNull();
            task.GetString(SeededOrg.ConversationField).ShouldBe(TaskCalls.ConversationId(i));
        }

        harness.ApiRequests.ShouldHaveSingleItem().Path.ShouldBe(UpsertPath);
    }

    [Fact]
    public async Task The_task_is_stored_with_every_field_of_the_logged_call()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var call = TaskCalls.Call("6f0c2b8e-3c1d-4f7a-9a55-2d7f0c1e9b11", SeededOrg.Edsger, "Sale", durationSeconds: 187);

        var result = (await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [call], Cancel)).ShouldHaveSingleItem();

        var task = harness.Org.Record(result.Id!).ShouldNotBeNull();
        task.GetString("WhoId").ShouldBe(SeededOrg.Edsger);
        task.GetString("WhatId").ShouldBe(SeededOrg.WinterRenewals);
        task.GetString("Subject").ShouldBe("Outbound call: Sale");
        task.GetString("Status").ShouldBe("Completed");
        task.GetString("Priority").ShouldBe("Normal");
        task.GetString("ActivityDate").ShouldBe("2026-12-01");
        task.GetString("TaskSubtype").ShouldBe("Call");
        task.GetString("CallType").ShouldBe("Outbound");
        task.GetString("CallDisposition").ShouldBe("Sale");
        task.GetNumber("CallDurationInSeconds").ShouldBe(187);
        task.GetString("CallObject").ShouldBe("6f0c2b8e-3c1d-4f7a-9a55-2d7f0c1e9b11");
        task.GetString("Description").ShouldStartWith("Campaign: Winter renewals");
        task.GetBoolean("IsClosed").ShouldBeTrue();
    }

    [Fact]
    public async Task The_request_is_a_patch_with_all_or_none_false_and_typed_records()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [TaskCalls.Call("conv-1", SeededOrg.Ada)], Cancel);

        var request = harness.ApiRequests.ShouldHaveSingleItem();
        request.Method.ShouldBe("PATCH");
        request.Headers["Content-Type"].ShouldStartWith("application/json");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("allOrNone").GetBoolean().ShouldBeFalse();
        var record = body.RootElement.GetProperty("records").EnumerateArray().ShouldHaveSingleItem();
        record.GetProperty("attributes").GetProperty("type").GetString().ShouldBe("Task");
        record.TryGetProperty("id", out _).ShouldBeFalse();
        record.GetProperty("CallDurationInSeconds").ValueKind.ShouldBe(JsonValueKind.Number);
        record.GetProperty("ActivityDate").GetString().ShouldBe("2026-12-01");
        record.GetProperty("TaskSubtype").GetString().ShouldBe("Call");
    }

    [Fact]
    public async Task A_replay_updates_the_same_tasks_and_creates_none()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var first = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(200), Cancel);

        var replay = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(200, disposition: "Sale"), Cancel);

        replay.Count.ShouldBe(200);
        replay.ShouldAllBe(r => r.Success && r.Created == false);
        replay.Select(r => r.Id).ShouldBe(first.Select(r => r.Id));
        harness.Org.Tasks.Count.ShouldBe(200);
        harness.Org.Tasks.ShouldAllBe(t => t.GetString("CallDisposition") == "Sale");
    }

    [Fact]
    public async Task On_the_update_path_the_refused_create_only_task_subtype_is_resent_without_it_once()
    {
        // Emulator default taskSubtypeOnUpdate=error: INVALID_FIELD_FOR_INSERT_UPDATE [TaskSubtype] (reference §3.1, UNCONFIRMED for Task).
        await using var harness = await SalesforceHarness.StartAsync();
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(3), Cancel);
        var newCall = TaskCalls.Call(TaskCalls.ConversationId(3), SeededOrg.Grace);

        var replay = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [.. TaskCalls.Batch(3), newCall], Cancel);

        replay.Select(r => (r.Success, r.Created)).ShouldBe([(true, false), (true, false), (true, false), (true, true)]);
        var requests = harness.ApiRequests;
        requests.Count.ShouldBe(3);
        using var resend = JsonDocument.Parse(requests[2].Body);
        var resent = resend.RootElement.GetProperty("records").EnumerateArray().ToList();
        resent.Count.ShouldBe(3, "only the matched records go out again");
        resent.ShouldNotContain(r => r.EnumerateObject().Any(p => p.Name == "TaskSubtype"));
        harness.Org.Tasks.Count.ShouldBe(4);
        harness.Logs.GetSnapshot().ShouldContain(r => r.Id.Id == 3005);
    }

    [Fact]
    public async Task An_org_that_ignores_task_subtype_on_update_needs_no_resend()
    {
        await using var harness = await SalesforceHarness.StartAsync(seed: SalesforceHarness.Seed(s => s.TaskSubtypeOnUpdate = SalesforceSettings.TaskSubtypeIgnore));
        await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2), Cancel);

        var replay = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(2), Cancel);

        replay.ShouldAllBe(r => r.Success && r.Created == false);
        harness.ApiRequests.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Per_record_faults_come_back_per_record_and_the_other_records_are_saved()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var calls = TaskCalls.Batch(5);
        calls[3] = TaskCalls.Call(TaskCalls.ConversationId(3), SeededOrg.UnknownLead);
        harness.Org.Faults.LockRow(SeededOrg.ConversationField, TaskCalls.ConversationId(1));
        harness.Org.Faults.AddRecordFault(new RecordFault
        {
            Field = SeededOrg.ConversationField,
            Value = TaskCalls.ConversationId(2),
            StatusCode = RecordFault.FieldCustomValidationException,
            Message = "Calls need a campaign.",
        });

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, calls, Cancel);

        results.Select(r => r.Success).ShouldBe([true, false, false, false, true]);
        var locked = results[1].Errors.ShouldHaveSingleItem();
        locked.StatusCode.ShouldBe("UNABLE_TO_LOCK_ROW");
        locked.IsRetryable.ShouldBeTrue();
        var validation = results[2].Errors.ShouldHaveSingleItem();
        validation.StatusCode.ShouldBe("FIELD_CUSTOM_VALIDATION_EXCEPTION");
        validation.Message.ShouldBe("Calls need a campaign.");
        validation.IsRetryable.ShouldBeFalse();
        var unknown = results[3].Errors.ShouldHaveSingleItem();
        unknown.StatusCode.ShouldBe("INVALID_CROSS_REFERENCE_KEY");
        unknown.IsRetryable.ShouldBeFalse();
        harness.Org.Tasks.Count.ShouldBe(2);
        harness.ApiRequests.Count.ShouldBe(1, "no per-record error is a create-only refusal, so nothing is resent");
    }

    [Fact]
    public async Task Failed_items_without_id_and_created_are_read_as_unknown()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        harness.Org.Faults.LockRow(SeededOrg.ConversationField, TaskCalls.ConversationId(0));

        var result = (await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel)).ShouldHaveSingleItem();

        result.Success.ShouldBeFalse();
        result.Id.ShouldBeNull();
        result.Created.ShouldBeNull();
    }

    [Fact]
    public async Task Failed_items_with_id_and_created_are_read_too()
    {
        await using var harness = await SalesforceHarness.StartAsync(seed: SalesforceHarness.Seed(s => s.FailedResultsIncludeId = true));
        harness.Org.Faults.LockRow(SeededOrg.ConversationField, TaskCalls.ConversationId(0));

        var result = (await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(1), Cancel)).ShouldHaveSingleItem();

        result.Success.ShouldBeFalse();
        result.Created.ShouldBe(false);
    }

    [Fact]
    public async Task Two_records_with_the_same_key_both_fail_which_is_why_the_caller_de_duplicates()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var twice = TaskCalls.Batch(1);
        twice.Add(TaskCalls.Call(TaskCalls.ConversationId(0), SeededOrg.Grace));

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, twice, Cancel);

        results.ShouldAllBe(r => !r.Success && r.Errors[0].StatusCode == "DUPLICATE_EXTERNAL_ID");
        harness.Org.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task More_than_two_hundred_records_are_refused_without_a_request()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var error = await Should.ThrowAsync<ArgumentOutOfRangeException>(
            () => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, TaskCalls.Batch(201), Cancel));

        error.ParamName.ShouldBe("records");
        harness.Org.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task No_records_means_no_request()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var results = await harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [], Cancel);

        results.ShouldBeEmpty();
        harness.Org.Requests.ShouldBeEmpty();
    }

    public static TheoryData<string> RefusedRecords => ["other type", "with id", "without key", "null key", "key create-only"];

    [Theory]
    [MemberData(nameof(RefusedRecords))]
    public async Task A_record_that_cannot_be_upserted_by_the_key_is_refused_before_sending(string problem)
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var record = problem switch
        {
            "other type" => new WritableSObject("Event") { [SeededOrg.ConversationField] = "conv-1" },
            "with id" => new WritableSObject("Task", "00T5g0000004C92EAE") { [SeededOrg.ConversationField] = "conv-1" },
            "without key" => new WritableSObject("Task") { ["Subject"] = "x" },
            "null key" => new WritableSObject("Task") { [SeededOrg.ConversationField] = (string?)null },
            _ => new WritableSObject("Task").SetOnCreate(SeededOrg.ConversationField, "conv-1"),
        };

        await Should.ThrowAsync<ArgumentException>(() => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [record], Cancel));

        harness.Org.Requests.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Task/../sobjects", SeededOrg.ConversationField)]
    [InlineData("Task", "Genesys_Conversation_Id__c?x=1")]
    [InlineData("", SeededOrg.ConversationField)]
    public async Task Names_that_are_not_api_names_never_reach_the_path(string type, string field)
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await Should.ThrowAsync<ArgumentException>(() => harness.Client.UpsertAsync(type, field, TaskCalls.Batch(1), Cancel));

        harness.Org.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_external_id_field_is_not_found()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var record = new WritableSObject("Task") { ["Missing_Key__c"] = "x", ["Subject"] = "s" };

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.UpsertAsync("Task", "Missing_Key__c", [record], Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.NotFound);
        error.StatusCode.ShouldBe(404);
    }

    [Fact]
    public async Task A_field_the_org_does_not_have_is_a_bad_request_that_names_field_level_security()
    {
        await using var harness = await SalesforceHarness.StartAsync();
        var call = TaskCalls.Call("conv-1", SeededOrg.Ada);
        call["No_Such_Field__c"] = "x";

        var error = await Should.ThrowAsync<SalesforceApiException>(() => harness.Client.UpsertAsync("Task", SeededOrg.ConversationField, [call], Cancel));

        error.ErrorCode.ShouldBe(SalesforceErrorCodes.BadRequest);
        error.SalesforceCode.ShouldBe("INVALID_FIELD");
        error.Hint.ShouldContain("field-level security");
        harness.ApiRequests.Count.ShouldBe(1, "a 400 is never retried");
    }
}
