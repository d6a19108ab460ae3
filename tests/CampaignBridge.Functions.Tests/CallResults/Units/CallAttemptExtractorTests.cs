using CampaignBridge.Functions.CallResults;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallAttemptExtractor.Extract"/> on every outcome of the dialing emulator's table (results reference §6.3): the
/// ids, number, times, result and its name through the wrap-up directory, call analysis, note, agent, talk time, disconnect.
/// </summary>
public sealed class CallAttemptExtractorTests
{
    private static string? Directory(string id) => id == SaleCodeId ? "Sale" : null;

    [Theory]
    [InlineData("ININ-OUTBOUND-NO-ANSWER", "disposition.classification.callable.noanswer", "system", 30)]
    [InlineData("ININ-OUTBOUND-BUSY", "disposition.classification.callable.busy", "endpoint", 4)]
    [InlineData("ININ-OUTBOUND-MACHINE", "disposition.classification.callable.machine", "system", 12)]
    [InlineData("ININ-OUTBOUND-FAX", "disposition.classification.callable.fax", "system", 6)]
    [InlineData("ININ-OUTBOUND-SIT-UNCALLABLE", "disposition.classification.uncallable.sit", "uncallable", 3)]
    public void A_system_result_comes_from_the_dialers_wrap_up_with_the_call_analysis_and_no_talk(string code, string disposition, string disconnect, int seconds)
    {
        var attempt = CallAttemptExtractor.Extract(SystemResult(code, disposition, disconnect, seconds), Directory);

        attempt.ShouldNotBeNull();
        attempt.Result.ShouldBe(code);
        attempt.ResultName.ShouldBeNull();
        attempt.CallAnalysis.ShouldBe(disposition);
        attempt.DisconnectType.ShouldBe(disconnect);
        attempt.TalkSeconds.ShouldBe(0);
        attempt.AgentUserId.ShouldBeNull();
        attempt.AgentNote.ShouldBeNull();
        attempt.AttemptStart.ShouldBe(Start);
        attempt.AttemptEnd.ShouldBe(Start.AddSeconds(seconds));
    }

    [Fact]
    public void Every_attempt_carries_the_conversation_campaign_list_contact_and_the_dialed_number_without_tel()
    {
        var attempt = CallAttemptExtractor.Extract(SystemResult("ININ-OUTBOUND-NO-ANSWER", "disposition.classification.callable.noanswer", "system"), Directory)!;

        attempt.ConversationId.ShouldBe(ConversationId);
        attempt.CampaignId.ShouldBe(CampaignId);
        attempt.ContactListId.ShouldBe(ContactListId);
        attempt.ContactId.ShouldBe(LeadId);
        attempt.DialedNumber.ShouldBe(Number);
        attempt.Origin.ShouldBe(CallAttemptOrigins.Conversation);
    }

    [Fact]
    public void A_connected_call_takes_the_agents_wrap_up_code_its_name_the_note_the_agent_and_the_talk_time()
    {
        var attempt = CallAttemptExtractor.Extract(AgentCall(talkSeconds: 95), Directory)!;

        attempt.Result.ShouldBe(SaleCodeId);
        attempt.ResultName.ShouldBe("Sale");
        attempt.AgentNote.ShouldBe("Renewed for a year");
        attempt.AgentUserId.ShouldBe(AgentUserId);
        attempt.TalkSeconds.ShouldBe(95);
        attempt.CallAnalysis.ShouldBe("disposition.classification.callable.person");
        attempt.DisconnectType.ShouldBe("peer");
        attempt.AttemptEnd.ShouldBe(Start.AddSeconds(100));
    }

    [Fact]
    public void A_wrap_up_code_the_directory_does_not_know_keeps_its_id_without_a_name()
    {
        var attempt = CallAttemptExtractor.Extract(AgentCall(wrapUpCodeId: "0f0f0f0f-dead-4bee-8000-000000000009"), Directory)!;

        attempt.Result.ShouldBe("0f0f0f0f-dead-4bee-8000-000000000009");
        attempt.ResultName.ShouldBeNull();
    }

    [Fact]
    public void A_system_code_is_never_looked_up_in_the_wrap_up_directory()
    {
        var asked = new List<string>();

        CallAttemptExtractor.Extract(SystemResult("ININ-OUTBOUND-BUSY", "disposition.classification.callable.busy", "endpoint"), id =>
        {
            asked.Add(id);
            return "a name";
        })!.ResultName.ShouldBeNull();

        asked.ShouldBeEmpty();
    }

    [Fact]
    public void A_connected_call_the_agent_never_wrapped_up_has_no_result_but_its_agent_and_talk_time()
    {
        var attempt = CallAttemptExtractor.Extract(AgentCall(wrappedUp: false, talkSeconds: 61), Directory)!;

        attempt.Result.ShouldBeNull();
        attempt.ResultName.ShouldBeNull();
        attempt.AgentNote.ShouldBeNull();
        attempt.AgentUserId.ShouldBe(AgentUserId);
        attempt.TalkSeconds.ShouldBe(61);
    }

    [Fact]
    public void An_empty_wrap_up_note_is_no_note()
        => CallAttemptExtractor.Extract(AgentCall(note: ""), Directory)!.AgentNote.ShouldBeNull();

    [Fact]
    public void An_agentless_call_is_the_flows_result_with_the_talk_time_of_the_customers_interact_segment()
    {
        var attempt = CallAttemptExtractor.Extract(AgentlessCall(talkSeconds: 42), Directory)!;

        attempt.Result.ShouldBe("ININ-OUTBOUND-TRANSFERRED-TO-FLOW");
        attempt.ResultName.ShouldBeNull();
        attempt.AgentUserId.ShouldBeNull();
        attempt.TalkSeconds.ShouldBe(42);
        attempt.DisconnectType.ShouldBe("peer");
    }

    [Fact]
    public void A_do_not_call_skip_is_an_attempt_with_the_dnc_code_the_number_and_no_call()
    {
        var attempt = CallAttemptExtractor.Extract(DoNotCallSkip(), Directory)!;

        attempt.Result.ShouldBe("ININ-OUTBOUND-ON-DO-NOT-CALL-LIST");
        attempt.DialedNumber.ShouldBe(Number);
        attempt.AttemptStart.ShouldBe(Start);
        attempt.AttemptEnd.ShouldBe(Start);
        attempt.TalkSeconds.ShouldBe(0);
        attempt.CallAnalysis.ShouldBeNull();
        attempt.DisconnectType.ShouldBeNull();
    }

    [Fact]
    public void A_call_transferred_between_agents_counts_both_agents_talk_and_takes_the_last_wrap_up_and_its_agent()
    {
        // Agent A talks 60 s and transfers without wrapping up; agent B talks 95 s and wraps up the sale.
        var call = AgentCall(talkSeconds: 95);
        var first = new CampaignBridge.Genesys.AnalyticsParticipant
        {
            ParticipantId = "agent-a",
            Purpose = "agent",
            UserId = "a7b8c9d0-e1f2-4a3b-9c4d-00000000000a",
            Sessions = [Session() with
            {
                Segments = [Segment("interact", Start.AddSeconds(5), Start.AddSeconds(65), "transfer")],
                Metrics = [new("tTalk", 60_000), new("tTalkComplete", 60_000)],
            }],
        };

        var attempt = CallAttemptExtractor.Extract(call with { Participants = [call.Participants[0], first, call.Participants[1]] }, Directory)!;

        attempt.TalkSeconds.ShouldBe(155);
        attempt.Result.ShouldBe(SaleCodeId);
        attempt.AgentUserId.ShouldBe(AgentUserId);
        attempt.AgentNote.ShouldBe("Renewed for a year");
    }

    [Fact]
    public void The_agents_wrap_up_wins_over_a_system_code_another_participant_carries()
    {
        var call = AgentCall();
        var dialer = new CampaignBridge.Genesys.AnalyticsParticipant
        {
            Purpose = "outbound",
            Sessions = [Session() with { Segments = [Segment("wrapup", Start.AddSeconds(200), Start.AddSeconds(200)) with { WrapUpCode = "ININ-OUTBOUND-DISCONNECT" }] }],
        };

        var attempt = CallAttemptExtractor.Extract(call with { Participants = [.. call.Participants, dialer] }, Directory)!;

        attempt.Result.ShouldBe(SaleCodeId);
        attempt.ResultName.ShouldBe("Sale");
    }

    [Fact]
    public void A_wrap_up_code_with_surrounding_spaces_is_trimmed_before_it_is_looked_up()
        => CallAttemptExtractor.Extract(AgentCall(wrapUpCodeId: $"  {SaleCodeId} "), Directory)!.ResultName.ShouldBe("Sale");

    [Theory]
    [InlineData("ININ-OUTBOUND-BUSY", true)]
    [InlineData("inin-wrap-up-timeout", true)]
    [InlineData("OUTBOUND-INVALID-AGENT", true)]
    [InlineData(SaleCodeId, false)]
    [InlineData("Sale", false)]
    public void System_codes_are_told_from_agent_code_ids_by_their_prefix(string result, bool system)
        => CallAttemptExtractor.IsSystemCode(result).ShouldBe(system);
}
