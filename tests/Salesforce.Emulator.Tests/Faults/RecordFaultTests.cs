using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Faults;

/// <summary>Per-record faults (reference §8.10): lock errors n times then success, validation-rule errors, a concurrent-insert race.</summary>
public sealed class RecordFaultTests
{
    [Fact]
    public async Task A_lock_fault_fails_the_matching_record_n_times_and_then_it_saves()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.LockRow(SeedIds.ConversationField, "conv-locked", times: 2);

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var failed = await session.UpsertTasksAsync(token, false, TaskRecords.Call("conv-locked"), TaskRecords.Call($"conv-free-{attempt}"));
            failed[0].ShouldFailWith("UNABLE_TO_LOCK_ROW").GetProperty("message").GetString()
                .ShouldBe($"unable to obtain exclusive access to this record or 1 records: {SeedIds.Ada}");
            failed[1].ShouldBeSaved("00T", created: true);
        }

        var retried = await session.UpsertTasksAsync(token, false, TaskRecords.Call("conv-locked"));

        retried[0].ShouldBeSaved("00T", created: true);
        session.Emulator.Tasks.Count(t => t.GetString(SeedIds.ConversationField) == "conv-locked").ShouldBe(1);
    }

    [Fact]
    public async Task A_fault_matched_by_WhoId_hits_every_Task_of_that_Lead()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.AddRecordFault(new RecordFault
        {
            SObjectType = "Task",
            Field = "WhoId",
            Value = SeedIds.Grace[..15],
            StatusCode = RecordFault.FieldCustomValidationException,
            Message = "Calls to this lead need a manager's approval",
            Fields = ["WhoId"],
        });

        var results = await session.UpsertTasksAsync(token, false,
            TaskRecords.Call("g1", SeedIds.Grace), TaskRecords.Call("a1", SeedIds.Ada), TaskRecords.Call("g2", SeedIds.Grace));

        results[0].ShouldFailWith(RecordFault.FieldCustomValidationException, "WhoId").GetProperty("message").GetString()
            .ShouldBe("Calls to this lead need a manager's approval");
        results[1].ShouldBeSaved("00T", created: true);
        results[2].ShouldFailWith(RecordFault.FieldCustomValidationException, "WhoId");
    }

    [Fact]
    public async Task A_fault_matched_by_Id_hits_an_update_by_id()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.LockRow("Id", SeedIds.AdaInWinter, times: 1, sObjectType: "CampaignMember");

        var first = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("Status", "Called")));
        var second = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("Status", "Called")));

        first[0].ShouldFailWith("UNABLE_TO_LOCK_ROW");
        second[0].ShouldBeSaved("00v");
    }

    [Fact]
    public async Task An_injected_duplicate_value_race_becomes_an_update_on_retry()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("raced"));
        session.Emulator.Faults.AddRecordFault(new RecordFault { Field = SeedIds.ConversationField, Value = "raced", StatusCode = RecordFault.DuplicateValue, Count = 1 });

        var first = await session.UpsertTasksAsync(token, false, TaskRecords.Replay("raced"));
        var retry = await session.UpsertTasksAsync(token, false, TaskRecords.Replay("raced"));

        first[0].ShouldFailWith("DUPLICATE_VALUE");
        retry[0].ShouldBeSaved("00T", created: false);
    }

    [Fact]
    public async Task A_fault_without_a_value_hits_every_record_of_its_type()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.AddRecordFault(new RecordFault { SObjectType = "Task", Field = "WhoId" });

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("x"), TaskRecords.Call("y", SeedIds.Edsger));

        results.EnumerateArray().ShouldAllBe(r => !r.GetProperty("success").GetBoolean());
        var lead = await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)));
        lead[0].ShouldBeSaved("00Q");
    }

    [Fact]
    public async Task A_faulted_record_in_an_allOrNone_request_rolls_back_the_others()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.LockRow(SeedIds.ConversationField, "b");

        var results = await session.UpsertTasksAsync(token, true, TaskRecords.Call("a"), TaskRecords.Call("b"));

        results[0].ShouldFailWith("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        results[1].ShouldFailWith("UNABLE_TO_LOCK_ROW");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_faults_are_managed_over_the_admin_endpoints()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var add = await session.AdminPostAsync("/__emulator/record-faults", new { field = SeedIds.ConversationField, value = "admin", statusCode = "UNABLE_TO_LOCK_ROW", count = 1 }))
        {
            var added = await add.ShouldBeJsonAsync(HttpStatusCode.Created);
            added.GetProperty("statusCode").GetString().ShouldBe("UNABLE_TO_LOCK_ROW");
        }

        using (var bad = await session.AdminPostAsync("/__emulator/record-faults", new { value = "x" }))
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using (var list = await session.Http.GetAsync("/__emulator/record-faults", TestContext.Current.CancellationToken))
        {
            (await list.ShouldBeJsonAsync()).GetArrayLength().ShouldBe(1);
        }

        (await session.UpsertTasksAsync(token, false, TaskRecords.Call("admin")))[0].ShouldFailWith("UNABLE_TO_LOCK_ROW");
        using (var clear = await session.Http.DeleteAsync("/__emulator/record-faults", TestContext.Current.CancellationToken))
        {
            clear.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        session.Emulator.Faults.RecordFaults.ShouldBeEmpty();
    }
}
