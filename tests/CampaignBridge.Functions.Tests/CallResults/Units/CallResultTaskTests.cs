using CampaignBridge.Functions.CallResults;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallResultTask.From"/>: an attempt as a logged call (Salesforce reference §6.1), keyed by the conversation id,
/// its text fields cut to Salesforce's lengths, WhatId only on Contacts.
/// </summary>
public sealed class CallResultTaskTests
{
    private const string SalesforceCampaignId = "7015g00000CmPgN";

    private static readonly DateTimeOffset Started = new(2026, 12, 1, 23, 59, 30, TimeSpan.Zero);

    private static CallAttempt Sale(string contactId = LeadId) => new()
    {
        ConversationId = ConversationId,
        CampaignId = CampaignId,
        ContactListId = ContactListId,
        ContactId = contactId,
        AttemptStart = Started,
        AttemptEnd = Started.AddSeconds(100),
        DialedNumber = Number,
        Result = SaleCodeId,
        ResultName = "Sale",
        CallAnalysis = "disposition.classification.callable.person",
        AgentNote = "Renewed for a year",
        AgentUserId = AgentUserId,
        TalkSeconds = 95,
        DisconnectType = "peer",
    };

    private static CallResultsOptions Following(string? salesforceCampaignId = SalesforceCampaignId) => new()
    {
        Campaigns = [new FollowedCampaign { GenesysCampaignId = CampaignId, SalesforceCampaignId = salesforceCampaignId }],
    };

    private static object? Field(CampaignBridge.Salesforce.WritableSObject task, string name) => task[name].Value;

    [Fact]
    public void An_attempt_is_a_completed_outbound_call_task_keyed_by_its_conversation_id()
    {
        var task = CallResultTask.From(Sale(), Following());

        task.Type.ShouldBe("Task");
        task.Id.ShouldBeNull();
        Field(task, "Genesys_Conversation_Id__c").ShouldBe(ConversationId);
        Field(task, "WhoId").ShouldBe(LeadId);
        Field(task, "Subject").ShouldBe("Outbound call: Sale");
        Field(task, "Status").ShouldBe("Completed");
        Field(task, "Priority").ShouldBe("Normal");
        Field(task, "CallType").ShouldBe("Outbound");
        Field(task, "CallDisposition").ShouldBe("Sale");
        Field(task, "CallDurationInSeconds").ShouldBe(95L);
        Field(task, "CallObject").ShouldBe(ConversationId);
    }

    [Fact]
    public void The_task_subtype_call_is_sent_only_when_the_task_is_created()
    {
        var task = CallResultTask.From(Sale(), Following());

        Field(task, "TaskSubtype").ShouldBe("Call");
        task.CreateOnlyFields.ShouldBe(["TaskSubtype"]);
    }

    [Fact]
    public void The_activity_date_is_the_utc_day_the_attempt_started_by_default()
    {
        var lateEvening = Sale() with { AttemptStart = new DateTimeOffset(2026, 12, 1, 19, 30, 0, TimeSpan.FromHours(-5)) };

        Field(CallResultTask.From(Sale(), Following()), "ActivityDate").ShouldBe(new DateOnly(2026, 12, 1));
        Field(CallResultTask.From(lateEvening, Following()), "ActivityDate").ShouldBe(new DateOnly(2026, 12, 2));
    }

    [Fact]
    public void With_an_activity_time_zone_an_evening_call_is_dated_the_day_its_people_lived_it()
    {
        // 00:30 UTC on 2 December is 19:30 on 1 December in New York (EST, UTC-5) and 09:30 on 2 December in Tokyo.
        var lateEvening = Sale() with { AttemptStart = new DateTimeOffset(2026, 12, 2, 0, 30, 0, TimeSpan.Zero) };
        var newYork = Following();
        newYork.ActivityTimeZone = "America/New_York";
        var tokyo = Following();
        tokyo.ActivityTimeZone = " Asia/Tokyo ";

        Field(CallResultTask.From(lateEvening, newYork), "ActivityDate").ShouldBe(new DateOnly(2026, 12, 1));
        Field(CallResultTask.From(lateEvening, tokyo), "ActivityDate").ShouldBe(new DateOnly(2026, 12, 2));
        Field(CallResultTask.From(lateEvening, Following()), "ActivityDate").ShouldBe(new DateOnly(2026, 12, 2));
    }

    [Fact]
    public void A_task_on_a_lead_never_relates_to_the_campaign()
        => CallResultTask.From(Sale(LeadId), Following()).Contains("WhatId").ShouldBeFalse();

    [Fact]
    public void A_task_on_a_contact_relates_to_the_followed_campaigns_salesforce_campaign()
        => Field(CallResultTask.From(Sale(ContactId), Following()), "WhatId").ShouldBe(SalesforceCampaignId);

    [Fact]
    public void A_task_on_a_contact_of_a_campaign_without_a_salesforce_campaign_relates_to_nothing()
    {
        CallResultTask.From(Sale(ContactId), Following(salesforceCampaignId: null)).Contains("WhatId").ShouldBeFalse();
        CallResultTask.From(Sale(ContactId), new CallResultsOptions()).Contains("WhatId").ShouldBeFalse();
    }

    [Fact]
    public void Every_field_written_is_listed_for_the_diagnostics_and_a_contacts_task_writes_them_all()
    {
        var task = CallResultTask.From(Sale(ContactId), Following());

        task.FieldNames.ShouldBe(CallResultTask.FieldsWritten, ignoreOrder: true);
    }

    [Fact]
    public void The_configured_status_priority_and_subject_prefix_are_used()
    {
        var options = Following();
        options.TaskStatus = "Done";
        options.TaskPriority = "Low";
        options.SubjectPrefix = "Genesys call";

        var task = CallResultTask.From(Sale(), options);

        Field(task, "Status").ShouldBe("Done");
        Field(task, "Priority").ShouldBe("Low");
        Field(task, "Subject").ShouldBe("Genesys call: Sale");
    }

    [Fact]
    public void A_system_result_is_shown_in_words_and_no_wrap_up_as_such()
    {
        var busy = CallResultTask.From(Sale() with { Result = "ININ-OUTBOUND-BUSY", ResultName = null }, Following());
        var none = CallResultTask.From(Sale() with { Result = null, ResultName = null }, Following());

        Field(busy, "Subject").ShouldBe("Outbound call: Busy");
        Field(busy, "CallDisposition").ShouldBe("Busy");
        Field(none, "CallDisposition").ShouldBe(CallResultLabels.NoWrapUp);
        CallResultTask.Label(Sale()).ShouldBe("Sale");
    }

    [Fact]
    public void The_description_tells_the_attempt_line_by_line()
    {
        var description = (string)Field(CallResultTask.From(Sale(), Following()), "Description")!;

        description.ShouldBe(string.Join(Environment.NewLine,
            "Genesys Cloud outbound call attempt (logged by CampaignBridge).",
            $"Genesys campaign: {CampaignId}",
            $"Number: {Number}",
            "Started: 2026-12-01 23:59:30Z",
            "Ended: 2026-12-02 00:01:10Z",
            $"Result: Sale ({SaleCodeId})",
            "Call analysis: disposition.classification.callable.person",
            "Disconnect: peer",
            "Agent note: Renewed for a year",
            $"Conversation: {ConversationId}"));
    }

    [Fact]
    public void The_description_leaves_out_what_is_unknown()
    {
        var bare = Sale() with { DialedNumber = null, AttemptEnd = null, Result = "ININ-OUTBOUND-NO-ANSWER", ResultName = null, CallAnalysis = null, AgentNote = " ", DisconnectType = null };

        var description = (string)Field(CallResultTask.From(bare, Following()), "Description")!;

        description.ShouldBe(string.Join(Environment.NewLine,
            "Genesys Cloud outbound call attempt (logged by CampaignBridge).",
            $"Genesys campaign: {CampaignId}",
            "Started: 2026-12-01 23:59:30Z",
            "Result: ININ-OUTBOUND-NO-ANSWER",
            $"Conversation: {ConversationId}"));
    }

    [Fact]
    public void A_contact_the_sweep_found_is_described_as_skipped_without_its_synthetic_conversation_id()
    {
        var skipped = Sale() with { Origin = CallAttemptOrigins.Sweep, Result = "ININ-OUTBOUND-ZONE-BLOCKED-SKIPPED", ResultName = null, AgentNote = null };

        var description = (string)Field(CallResultTask.From(skipped, Following()), "Description")!;

        description.ShouldStartWith("Genesys Cloud skipped this contact without a call (found by CampaignBridge at the end of the campaign).");
        description.ShouldNotContain("Conversation:");
        description.ShouldNotContain(ConversationId);
    }

    [Fact]
    public void Subject_and_call_disposition_are_cut_to_255_characters()
    {
        var task = CallResultTask.From(Sale() with { ResultName = new string('n', 300) }, Following());

        ((string)Field(task, "Subject")!).ShouldBe("Outbound call: " + new string('n', 255 - "Outbound call: ".Length));
        ((string)Field(task, "CallDisposition")!).ShouldBe(new string('n', 255));
    }

    [Fact]
    public void A_label_of_exactly_255_characters_is_kept_whole()
        => ((string)Field(CallResultTask.From(Sale() with { ResultName = new string('n', 255) }, Following()), "CallDisposition")!).Length.ShouldBe(255);

    [Fact]
    public void The_description_is_cut_to_32000_characters()
    {
        var task = CallResultTask.From(Sale() with { AgentNote = new string('x', 40_000) }, Following());

        var description = (string)Field(task, "Description")!;
        description.Length.ShouldBe(32_000);
        description.ShouldStartWith("Genesys Cloud outbound call attempt");
    }

    [Fact]
    public void A_cut_never_splits_a_character_written_as_two_utf16_units()
    {
        // "😀" is a surrogate pair: cutting between its halves would send half a character (U+FFFD at best).
        var task = CallResultTask.From(Sale() with { ResultName = new string('n', 254) + "😀" }, Following());

        ((string)Field(task, "CallDisposition")!).ShouldBe(new string('n', 254));
        ((string)Field(task, "Subject")!).ShouldBe("Outbound call: " + new string('n', 240));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void A_description_cut_in_a_run_of_two_unit_characters_ends_on_a_whole_one(string lead)
    {
        // One of the two leads puts the cut between the halves of a pair, whatever the length of the lines before the note.
        var note = lead + string.Concat(Enumerable.Repeat("😀", 16_001));

        var description = (string)Field(CallResultTask.From(Sale() with { AgentNote = note }, Following()), "Description")!;

        description.Length.ShouldBeInRange(CallResultTask.MaxDescriptionLength - 1, CallResultTask.MaxDescriptionLength);
        description.ShouldEndWith("😀");
    }

    [Fact]
    public void The_salesforce_field_limits_and_names_are_pinned()
    {
        CallResultTask.MaxShortTextLength.ShouldBe(255);
        CallResultTask.MaxDescriptionLength.ShouldBe(32_000);
        CallResultTask.ConversationIdField.ShouldBe("Genesys_Conversation_Id__c");
        CallResultTask.SObjectType.ShouldBe("Task");
        CallResultTask.FieldsWritten.ShouldBe(
        [
            "Genesys_Conversation_Id__c", "WhoId", "WhatId", "Subject", "Status", "Priority", "ActivityDate", "TaskSubtype", "CallType",
            "CallDisposition", "CallDurationInSeconds", "CallObject", "Description",
        ]);
    }
}
