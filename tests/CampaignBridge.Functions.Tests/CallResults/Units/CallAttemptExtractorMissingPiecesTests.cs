using CampaignBridge.Functions.CallResults;
using CampaignBridge.Genesys;
using static CampaignBridge.Functions.Tests.CallResults.Units.EmulatorShapedConversations;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// <see cref="CallAttemptExtractor.Extract"/> parsing defensively (results reference §1.5): what it refuses (nothing to log),
/// and which pieces it finds elsewhere or leaves empty.
/// </summary>
public sealed class CallAttemptExtractorMissingPiecesTests
{
    private static readonly Func<string, string?> NoNames = _ => null;

    private static AnalyticsConversation NoAnswer() => SystemResult("ININ-OUTBOUND-NO-ANSWER", "disposition.classification.callable.noanswer", "system");

    private static AnalyticsConversation WithEverySession(AnalyticsConversation conversation, Func<AnalyticsSession, AnalyticsSession> change)
        => conversation with { Participants = [.. conversation.Participants.Select(p => p with { Sessions = [.. p.Sessions.Select(change)] })] };

    [Fact]
    public void A_conversation_without_an_id_is_nothing_to_log()
        => CallAttemptExtractor.Extract(NoAnswer() with { ConversationId = "" }, NoNames).ShouldBeNull();

    [Fact]
    public void A_conversation_without_a_start_is_nothing_to_log()
        => CallAttemptExtractor.Extract(NoAnswer() with { ConversationStart = null }, NoNames).ShouldBeNull();

    [Fact]
    public void A_conversation_that_is_not_an_outbound_attempt_is_nothing_to_log()
        => CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { OutboundCampaignId = null, OutboundContactId = null }), NoNames).ShouldBeNull();

    [Fact]
    public void A_session_with_a_contact_but_no_campaign_does_not_count_as_the_outbound_one()
        => CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { OutboundCampaignId = null }), NoNames).ShouldBeNull();

    [Theory]
    [InlineData("C1")]
    [InlineData("00Q5g00000AbCdEXXX")]
    [InlineData("00Q5g00000AbC-E")]
    public void A_contact_id_that_is_not_a_salesforce_record_id_is_nothing_to_log(string contactId)
        => CallAttemptExtractor.Extract(SystemResult("ININ-OUTBOUND-BUSY", "disposition.classification.callable.busy", "endpoint", contactId: contactId), NoNames).ShouldBeNull();

    [Fact]
    public void An_eighteen_character_contact_id_is_kept_as_given()
        => CallAttemptExtractor.Extract(SystemResult("ININ-OUTBOUND-BUSY", "disposition.classification.callable.busy", "endpoint", contactId: Support.Person.Ada.Id), NoNames)!
            .ContactId.ShouldBe(Support.Person.Ada.Id);

    [Fact]
    public void The_outbound_ids_are_found_on_a_later_participant_when_the_first_has_none()
    {
        var call = NoAnswer();
        var customer = call.Participants[0];
        var bare = customer with { Sessions = [customer.Sessions[0] with { OutboundCampaignId = null, OutboundContactId = null, OutboundContactListId = null }] };

        var attempt = CallAttemptExtractor.Extract(call with { Participants = [bare, call.Participants[1]] }, NoNames)!;

        attempt.ContactId.ShouldBe(LeadId);
        attempt.CampaignId.ShouldBe(CampaignId);
        attempt.ContactListId.ShouldBe(ContactListId);
        attempt.DialedNumber.ShouldBe(Number);
    }

    [Fact]
    public void Without_a_contact_list_id_the_attempt_is_logged_without_one()
        => CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { OutboundContactListId = null }), NoNames)!.ContactListId.ShouldBeNull();

    [Fact]
    public void Without_any_dnis_the_dialed_number_is_unknown()
        => CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { Dnis = null }), NoNames)!.DialedNumber.ShouldBeNull();

    [Fact]
    public void A_dnis_without_the_tel_scheme_is_the_number_itself()
        => CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { Dnis = s.Dnis is null ? null : Number }), NoNames)!.DialedNumber.ShouldBe(Number);

    [Fact]
    public void A_live_conversation_extracts_without_an_end()
        => CallAttemptExtractor.Extract(AgentCall(wrappedUp: false) with { ConversationEnd = null }, NoNames)!.AttemptEnd.ShouldBeNull();

    [Fact]
    public void Without_a_wrap_up_segment_anywhere_there_is_no_result()
    {
        var attempt = CallAttemptExtractor.Extract(WithEverySession(NoAnswer(), s => s with { Segments = [.. s.Segments.Where(x => x.SegmentType != "wrapup")] }), NoNames)!;

        attempt.Result.ShouldBeNull();
        attempt.ResultName.ShouldBeNull();
    }

    [Fact]
    public void Without_the_agents_talk_metrics_the_talk_time_is_the_customers_finished_interact_segments()
    {
        var call = WithEverySession(AgentCall(talkSeconds: 95), s => s with { Metrics = [] });

        CallAttemptExtractor.Extract(call, NoNames)!.TalkSeconds.ShouldBe(95);
    }

    [Fact]
    public void An_interact_segment_that_has_not_ended_adds_no_talk_time()
    {
        var call = WithEverySession(AgentCall(talkSeconds: 95), s => s with
        {
            Metrics = [],
            Segments = [.. s.Segments.Select(x => x.SegmentType == "interact" ? x with { SegmentEnd = null } : x)],
        });

        CallAttemptExtractor.Extract(call, NoNames)!.TalkSeconds.ShouldBe(0);
    }

    [Fact]
    public void The_agents_talk_metric_in_milliseconds_is_rounded_to_whole_seconds()
    {
        var call = AgentCall();
        var agent = call.Participants[1];
        var timed = agent with { Sessions = [agent.Sessions[0] with { Metrics = [new AnalyticsMetric("tTalkComplete", 61_500)] }] };

        CallAttemptExtractor.Extract(call with { Participants = [call.Participants[0], timed] }, NoNames)!.TalkSeconds.ShouldBe(62);
    }

    [Fact]
    public void The_completed_talk_time_wins_over_a_partial_talk_metric_listed_before_it()
    {
        // An agent who put the customer on hold talks in two stretches: tTalk per stretch, tTalkComplete for the call (§6.3).
        var call = AgentCall(talkSeconds: 70);
        var agent = call.Participants[1];
        var held = agent with { Sessions = [agent.Sessions[0] with { Metrics = [new("tTalk", 30_000), new("tTalk", 40_000), new("tTalkComplete", 70_000)] }] };

        CallAttemptExtractor.Extract(call with { Participants = [call.Participants[0], held] }, NoNames)!.TalkSeconds.ShouldBe(70);
    }

    [Fact]
    public void The_disconnect_type_is_the_customers_last_one()
    {
        var call = AgentCall();
        var customer = call.Participants[0];
        var segments = customer.Sessions[0].Segments;
        var transferred = customer with { Sessions = [customer.Sessions[0] with { Segments = [segments[0] with { DisconnectType = "transfer" }, .. segments.Skip(1)] }] };

        CallAttemptExtractor.Extract(call with { Participants = [transferred, call.Participants[1]] }, NoNames)!.DisconnectType.ShouldBe("peer");
    }

    [Fact]
    public void Participant_purposes_are_compared_without_case()
    {
        var call = AgentCall();
        var upper = call with { Participants = [.. call.Participants.Select(p => p with { Purpose = p.Purpose!.ToUpperInvariant() })] };

        var attempt = CallAttemptExtractor.Extract(upper, id => id == SaleCodeId ? "Sale" : null)!;

        attempt.AgentUserId.ShouldBe(AgentUserId);
        attempt.ResultName.ShouldBe("Sale");
        attempt.DisconnectType.ShouldBe("peer");
    }
}
