using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>
/// sObject Collections upsert of Tasks by <c>Genesys_Conversation_Id__c</c> (reference §3.1, §8.5): per-record
/// results in request order, insert vs update by the external id, the 200-record limit, duplicates, allOrNone.
/// </summary>
public sealed class TaskUpsertTests
{
    [Fact]
    public async Task New_conversations_are_inserted_as_Tasks_on_the_Lead_with_created_true()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 15, 0, TimeSpan.Zero));
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("conv-1"), TaskRecords.Call("conv-2", SeedIds.Grace));

        var ids = results.EnumerateArray().Select(r => r.ShouldBeSaved("00T", created: true)).ToList();
        ids.Distinct().Count().ShouldBe(2);
        var task = session.Emulator.Record(ids[0]).ShouldNotBeNull();
        task.Type.ShouldBe("Task");
        task.GetString(SeedIds.ConversationField).ShouldBe("conv-1");
        task.GetString("WhoId").ShouldBe(SeedIds.Ada);
        task.GetString("Status").ShouldBe("Completed");
        task.GetString("TaskSubtype").ShouldBe("Call");
        task.GetString("CallDisposition").ShouldBe("ININ-OUTBOUND-NO-ANSWER");
        task.GetNumber("CallDurationInSeconds").ShouldBe(31);
        task.GetString("ActivityDate").ShouldBe("2026-12-01");
        task.GetBoolean("IsClosed").ShouldBeTrue();
        task.GetString("CompletedDateTime").ShouldBe("2026-12-01T09:15:00.000+0000");
        task.GetString("OwnerId").ShouldBe(SeedIds.IntegrationUser);
        task.GetString("CreatedById").ShouldBe(SeedIds.IntegrationUser);
        task.GetString("CreatedDate").ShouldBe("2026-12-01T09:15:00.000+0000");
        session.Emulator.Record(ids[1])!.GetString("WhoId").ShouldBe(SeedIds.Grace);
    }

    [Fact]
    public async Task A_replay_of_the_same_conversations_updates_the_same_Tasks_and_never_adds_a_second_one()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        var first = await session.UpsertTasksAsync(token, false, TaskRecords.Call("conv-1"), TaskRecords.Call("conv-2"));
        time.Advance(TimeSpan.FromMinutes(5));

        var replay = await session.UpsertTasksAsync(token, false,
            TaskRecords.Replay("conv-1", disposition: "Sale"), TaskRecords.Replay("conv-2"));

        replay.EnumerateArray().Select(r => r.ShouldBeSaved("00T", created: false))
            .ShouldBe(first.EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
        session.Emulator.Tasks.Count.ShouldBe(2);
        var updated = session.Emulator.Tasks.Single(t => t.GetString(SeedIds.ConversationField) == "conv-1");
        updated.GetString("CallDisposition").ShouldBe("Sale");
        updated.GetString("LastModifiedDate").ShouldNotBe(updated.GetString("CreatedDate"));
    }

    [Fact]
    public async Task The_external_id_matches_case_insensitively_because_the_field_is_not_case_sensitive()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("6F0C2B8E-AAAA"));

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Replay("6f0c2b8e-aaaa"));

        results[0].ShouldBeSaved("00T", created: false);
        session.Emulator.Tasks.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Results_come_in_request_order_with_good_records_saved_next_to_failed_ones()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false,
            TaskRecords.Call("conv-a"),
            TaskRecords.Call("conv-b", SeedIds.UnknownLead),
            TaskRecords.Call("conv-c"));

        results[0].ShouldBeSaved("00T", created: true);
        results[1].ShouldFailWith("INVALID_CROSS_REFERENCE_KEY", "WhoId");
        results[2].ShouldBeSaved("00T", created: true);
        session.Emulator.Tasks.Select(t => t.GetString(SeedIds.ConversationField)).ShouldBe(["conv-a", "conv-c"]);
    }

    [Fact]
    public async Task Two_hundred_records_are_accepted_and_two_hundred_and_one_are_refused()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var accepted = await session.UpsertTasksAsync(token, false, [.. Enumerable.Range(0, 200).Select(i => TaskRecords.Call($"conv-{i}"))]);
        using var refused = await session.PatchAsync(TaskRecords.UpsertPath, token,
            TaskRecords.Body(false, [.. Enumerable.Range(0, 201).Select(i => TaskRecords.Call($"more-{i}"))]));

        accepted.GetArrayLength().ShouldBe(200);
        await refused.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "EXCEEDED_ID_LIMIT");
        session.Emulator.Tasks.Count.ShouldBe(200);
    }

    [Fact]
    public async Task The_same_external_id_twice_in_one_request_fails_both_records()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("dup"), TaskRecords.Call("other"), TaskRecords.Call("DUP"));

        results[0].ShouldFailWith(SalesforceSettings.DefaultDuplicateExternalIdCode, SeedIds.ConversationField);
        results[1].ShouldBeSaved("00T", created: true);
        results[2].ShouldFailWith(SalesforceSettings.DefaultDuplicateExternalIdCode, SeedIds.ConversationField);
        session.Emulator.Tasks.Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_duplicate_external_id_code_is_a_setting()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.DuplicateExternalIdCode = "DUPLICATE_VALUE"));
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("dup"), TaskRecords.Call("dup"));

        results[0].ShouldFailWith("DUPLICATE_VALUE", SeedIds.ConversationField);
    }

    [Fact]
    public async Task A_record_without_its_external_id_fails()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("x").Without(SeedIds.ConversationField));

        results[0].ShouldFailWith("MISSING_ARGUMENT");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_allOrNone_one_failure_rolls_back_every_record()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("existing", disposition: "before"));

        var results = await session.UpsertTasksAsync(token, true,
            TaskRecords.Replay("existing", disposition: "after"),
            TaskRecords.Call("new-one"),
            TaskRecords.Call("bad", SeedIds.DeletedLead));

        var rolledBack = results[0].ShouldFailWith("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        rolledBack.GetProperty("message").GetString()
            .ShouldBe("Record rolled back because not all records were valid and the request was using AllOrNone header");
        results[1].ShouldFailWith("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        results[2].ShouldFailWith("ENTITY_IS_DELETED");
        session.Emulator.Tasks.ShouldHaveSingleItem().GetString("CallDisposition").ShouldBe("before");
    }

    [Fact]
    public async Task With_allOrNone_and_no_failure_everything_is_saved()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, true, TaskRecords.Call("a"), TaskRecords.Call("b"));

        results.EnumerateArray().ShouldAllBe(r => r.GetProperty("success").GetBoolean());
        session.Emulator.Tasks.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_failed_result_shape_is_a_setting()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.FailedResultsIncludeId = true));
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("x", SeedIds.UnknownLead));

        results[0].GetProperty("success").GetBoolean().ShouldBeFalse();
        results[0].GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        results[0].GetProperty("created").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_record_whose_attributes_type_is_missing_or_another_object_fails_the_request()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var missing = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("a").Without("attributes"))))
        {
            await missing.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_TYPE");
        }

        var lead = TaskRecords.Call("b").With("attributes", new JsonObject { ["type"] = "Lead" });
        using var mismatched = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, lead));
        await mismatched.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_TYPE");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_object_or_a_field_that_is_not_an_external_id_answers_404()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Body(false, TaskRecords.Call("a"));

        using (var unknownType = await session.PatchAsync("/services/data/v65.0/composite/sobjects/Taskz/Genesys_Conversation_Id__c", token, body))
        {
            await unknownType.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        }

        using var notExternal = await session.PatchAsync("/services/data/v65.0/composite/sobjects/Task/Subject", token, body);
        var error = await notExternal.ShouldBeRestErrorAsync(HttpStatusCode.NotFound, "NOT_FOUND");
        error.GetProperty("message").GetString().ShouldBe("Provided external ID field does not exist or is not accessible: Subject");
    }

    [Fact]
    public async Task Malformed_JSON_or_a_body_without_records_is_a_JSON_parser_error()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var malformed = await session.Http.SendAsync(new HttpRequestMessage(HttpMethod.Patch, TaskRecords.UpsertPath)
        {
            Content = new StringContent("{\"records\": [", System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token) },
        }, TestContext.Current.CancellationToken))
        {
            await malformed.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "JSON_PARSER_ERROR");
        }

        using var noRecords = await session.PatchAsync(TaskRecords.UpsertPath, token, new JsonObject { ["allOrNone"] = false });
        await noRecords.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "JSON_PARSER_ERROR");
    }

    [Fact]
    public async Task A_15_character_WhoId_is_accepted_and_stored_in_its_18_character_form()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("short-id", SeedIds.Ada[..15]));

        session.Emulator.Record(results[0].ShouldBeSaved("00T", created: true))!.GetString("WhoId").ShouldBe(SeedIds.Ada);
    }
}
