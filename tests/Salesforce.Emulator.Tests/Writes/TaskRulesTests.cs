using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>The Task rules of reference §6.1 and §8.8, each as the per-record error (or request error) it produces.</summary>
public sealed class TaskRulesTests
{
    [Theory]
    [InlineData("Status")]
    [InlineData("Priority")]
    public async Task A_required_picklist_missing_on_insert_is_REQUIRED_FIELD_MISSING(string field)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c").Without(field));

        results[0].ShouldFailWith("REQUIRED_FIELD_MISSING", field).GetProperty("message").GetString().ShouldBe($"Required fields are missing: [{field}]");
    }

    [Theory]
    [InlineData("Status", "Done")]
    [InlineData("Priority", "Urgent")]
    [InlineData("TaskSubtype", "Phone")]
    [InlineData("CallType", "Outgoing")]
    public async Task A_value_outside_a_picklist_is_INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST(string field, string value)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c").With(field, value));

        results[0].ShouldFailWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", field).GetProperty("message").GetString()
            .ShouldEndWith($": bad value for restricted picklist field: {value}");
    }

    [Fact]
    public async Task The_Task_status_values_are_a_setting()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s =>
        {
            s.TaskStatuses = ["Open", "Logged"];
            s.ClosedTaskStatuses = ["Logged"];
        }));
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("a").With("Status", "Logged"), TaskRecords.Call("b"));

        session.Emulator.Record(results[0].ShouldBeSaved("00T", created: true))!.GetBoolean("IsClosed").ShouldBeTrue();
        results[1].ShouldFailWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Status");
    }

    [Fact]
    public async Task A_WhatId_on_a_Task_whose_WhoId_is_a_Lead_fails()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c", SeedIds.Ada).With("WhatId", SeedIds.WinterRenewals));

        results[0].ShouldFailWith(SalesforceSettings.DefaultWhatIdWithLeadCode, "WhatId");
    }

    [Fact]
    public async Task A_WhatId_with_a_Contact_WhoId_is_saved_and_the_Task_takes_the_Contact_account()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c", SeedIds.Edsger).With("WhatId", SeedIds.WinterRenewals));

        var task = session.Emulator.Record(results[0].ShouldBeSaved("00T", created: true))!;
        task.GetString("WhatId").ShouldBe(SeedIds.WinterRenewals);
        task.GetString("AccountId").ShouldBe(SeedIds.EdsgerAccount);
    }

    [Fact]
    public async Task Adding_a_WhatId_on_the_update_path_is_checked_against_the_stored_Lead_WhoId()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("c", SeedIds.Ada));

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Replay("c").Without("WhoId").With("WhatId", SeedIds.WinterRenewals));

        results[0].ShouldFailWith(SalesforceSettings.DefaultWhatIdWithLeadCode, "WhatId");
    }

    [Fact]
    public async Task TaskSubtype_is_create_only_so_sending_it_on_the_update_path_fails_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("c"));

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c"));

        var error = results[0].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", "TaskSubtype");
        error.GetProperty("message").GetString().ShouldStartWith("Unable to create/update fields: TaskSubtype. Please check the security settings");
    }

    [Fact]
    public async Task With_taskSubtypeOnUpdate_ignore_the_update_saves_and_keeps_the_subtype()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.TaskSubtypeOnUpdate = SalesforceSettings.TaskSubtypeIgnore));
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("c"));

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c", disposition: "Sale").With("TaskSubtype", "Email"));

        results[0].ShouldBeSaved("00T", created: false);
        var task = session.Emulator.Tasks.Single();
        task.GetString("TaskSubtype").ShouldBe("Call");
        task.GetString("CallDisposition").ShouldBe("Sale");
    }

    [Theory]
    [InlineData("Subject", 255)]
    [InlineData("CallDisposition", 255)]
    [InlineData("CallObject", 255)]
    [InlineData("Description", 32_000)]
    [InlineData("Genesys_Conversation_Id__c", 64)]
    public async Task A_text_longer_than_its_field_is_STRING_TOO_LONG_and_the_maximum_fits(string field, int length)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var fits = TaskRecords.Call("fits").With(field, new string('x', length));
        var tooLong = TaskRecords.Call("long").With(field, new string('y', length + 1));
        var results = await session.UpsertTasksAsync(token, false, fits, tooLong);

        results[0].ShouldBeSaved("00T", created: true);
        results[1].ShouldFailWith("STRING_TOO_LONG", field).GetProperty("message").GetString()!.ShouldContain($"(max length={length})");
    }

    [Fact]
    public async Task An_unknown_field_fails_the_whole_request_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PatchAsync(TaskRecords.UpsertPath, token,
            TaskRecords.Body(false, TaskRecords.Call("a"), TaskRecords.Call("b").With("Mood__c", "happy")));

        var error = await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_FIELD");
        error.GetProperty("message").GetString().ShouldBe("No such column 'Mood__c' on sobject of type Task");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task With_unknownFieldScope_record_only_that_record_fails()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.UnknownFieldScope = SalesforceSettings.ScopeRecord));
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("a"), TaskRecords.Call("b").With("Mood__c", "happy"));

        results[0].ShouldBeSaved("00T", created: true);
        results[1].ShouldFailWith("INVALID_FIELD", "Mood__c");
    }

    [Theory]
    [InlineData("IsClosed")]
    [InlineData("CompletedDateTime")]
    [InlineData("CreatedDate")]
    public async Task A_read_only_field_is_INVALID_FIELD_FOR_INSERT_UPDATE(string field)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var record = TaskRecords.Call("c");
        record[field] = field == "IsClosed" ? true : "2026-12-01T00:00:00.000Z";

        var results = await session.UpsertTasksAsync(token, false, record);

        results[0].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", field);
    }

    [Fact]
    public async Task WhoId_problems_give_their_own_codes()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false,
            TaskRecords.Call("unknown", SeedIds.UnknownLead),
            TaskRecords.Call("deleted-lead", SeedIds.DeletedLead),
            TaskRecords.Call("deleted-contact", SeedIds.DeletedContact),
            TaskRecords.Call("malformed", "00Q-not-an-id"),
            TaskRecords.Call("bad-checksum", "00Q5g00000AbCdEAAA"),
            TaskRecords.Call("campaign", SeedIds.WinterRenewals));

        results[0].ShouldFailWith("INVALID_CROSS_REFERENCE_KEY", "WhoId");
        results[1].ShouldFailWith("ENTITY_IS_DELETED");
        results[2].ShouldFailWith("ENTITY_IS_DELETED");
        results[3].ShouldFailWith("MALFORMED_ID", "WhoId");
        results[4].ShouldFailWith("MALFORMED_ID", "WhoId");
        results[5].ShouldFailWith("FIELD_INTEGRITY_EXCEPTION", "WhoId");
    }

    [Fact]
    public async Task A_WhatId_naming_an_account_that_does_not_exist_is_an_invalid_cross_reference()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, TaskRecords.Call("c", SeedIds.Edsger).With("WhatId", SeedIds.EdsgerAccount));

        results[0].ShouldFailWith("INVALID_CROSS_REFERENCE_KEY", "WhatId");
    }

    [Fact]
    public async Task The_owner_may_be_another_active_user_but_not_an_inactive_one()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false,
            TaskRecords.Call("agent").With("OwnerId", SeedIds.AgentUser),
            TaskRecords.Call("former").With("OwnerId", SeedIds.InactiveUser));

        session.Emulator.Record(results[0].ShouldBeSaved("00T", created: true))!.GetString("OwnerId").ShouldBe(SeedIds.AgentUser);
        results[1].ShouldFailWith("INACTIVE_OWNER_OR_USER", "OwnerId");
    }

    [Theory]
    [InlineData("CallDurationInSeconds", "\"31\"")]
    [InlineData("CallDurationInSeconds", "3.5")]
    [InlineData("ActivityDate", "\"01/12/2026\"")]
    [InlineData("Status", "{}")]
    public async Task A_value_of_the_wrong_JSON_type_fails_the_request_with_a_JSON_parser_error(string field, string json)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PatchAsync(TaskRecords.UpsertPath, token,
            TaskRecords.Body(false, TaskRecords.Call("c").With(field, System.Text.Json.Nodes.JsonNode.Parse(json))));

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "JSON_PARSER_ERROR")).GetProperty("message").GetString().ShouldStartWith("Cannot deserialize instance of");
    }

    [Fact]
    public async Task Without_the_call_center_fields_they_are_unknown()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.CallCenterFields = false));
        var token = await session.GetTokenAsync();

        using var response = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("c")));

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_FIELD")).GetProperty("message").GetString()!.ShouldContain("'CallType'");
    }

    [Fact]
    public async Task Field_level_security_of_the_run_as_user_hides_or_locks_fields()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.UnknownFieldScope = SalesforceSettings.ScopeRecord));
        var token = await session.GetTokenAsync(ClientApps.RestrictedFields);

        var results = await session.UpsertTasksAsync(token, false,
            TaskRecords.Call("hidden").Without("Description"),
            TaskRecords.Call("read-only").Without("CallDisposition"),
            TaskRecords.Call("allowed").Without("CallDisposition").Without("Description"));

        results[0].ShouldFailWith("INVALID_FIELD", "CallDisposition");
        results[1].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", "Description");
        results[2].ShouldBeSaved("00T", created: true);
    }

    [Fact]
    public async Task A_field_without_access_fails_the_request_like_any_unknown_field_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync(ClientApps.RestrictedFields);

        using var response = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("c")));

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_FIELD")).GetProperty("message").GetString()
            .ShouldBe("No such column 'CallDisposition' on sobject of type Task");
    }
}
