using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Analytics;

/// <summary>
/// The conversation JSON of an attempt (results reference §1.5, §6.3): participants, sessions with the outbound ids,
/// dnis, dispositionName, segments with wrapUpCode/wrapUpNote and disconnectType, metrics; live and late wrap-ups.
/// </summary>
public sealed class ConversationShapeTests
{
    [Fact]
    public async Task A_connected_agent_call_has_a_customer_and_an_agent_with_the_wrap_up_code_id_on_a_wrapup_segment()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"]);
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(15));
        var attempt = world.Dialer.Attempts.Single();

        var conversation = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];

        conversation.GetProperty("conversationId").GetString().ShouldBe(attempt.ConversationId);
        conversation.GetProperty("conversationStart").GetString().ShouldBe(Iso(attempt.StartedAt));
        conversation.GetProperty("conversationEnd").GetString().ShouldBe(Iso(attempt.EndedAt!.Value));
        conversation.GetProperty("originatingDirection").GetString().ShouldBe("outbound");
        var participants = conversation.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("purpose").GetString()).ShouldBe(["customer", "agent"]);
        foreach (var session in participants.Select(p => p.GetProperty("sessions")[0]))
        {
            session.GetProperty("outboundCampaignId").GetString().ShouldBe(SeedIds.SpringRenewals);
            session.GetProperty("outboundContactId").GetString().ShouldBe("c-1");
            session.GetProperty("outboundContactListId").GetString().ShouldBe(SeedIds.ContactList);
            session.GetProperty("mediaType").GetString().ShouldBe("voice");
            session.GetProperty("direction").GetString().ShouldBe("outbound");
        }

        var customer = participants[0].GetProperty("sessions")[0];
        customer.GetProperty("dnis").GetString().ShouldBe("tel:+13175550101");
        customer.GetProperty("ani").GetString().ShouldBe("tel:+13175550100");
        customer.GetProperty("dispositionName").GetString().ShouldBe("disposition.classification.callable.person");
        SegmentTypes(customer).ShouldBe(["dialing", "interact"]);
        customer.GetProperty("segments")[1].GetProperty("disconnectType").GetString().ShouldBe("peer");
        var agent = participants[1];
        agent.GetProperty("userId").GetString().ShouldBe(attempt.AgentId);
        var agentSession = agent.GetProperty("sessions")[0];
        SegmentTypes(agentSession).ShouldBe(["interact", "wrapup"]);
        var wrapUp = agentSession.GetProperty("segments")[1];
        wrapUp.GetProperty("wrapUpCode").GetString().ShouldBe(SeedIds.SaleWrapUp);
        wrapUp.GetProperty("wrapUpNote").GetString().ShouldBe("");
        wrapUp.GetProperty("segmentStart").GetString().ShouldBe(Iso(attempt.EndedAt!.Value));
        wrapUp.GetProperty("segmentEnd").GetString().ShouldBe(Iso(attempt.ResultAt!.Value));
        Metric(agentSession, "tTalkComplete").ShouldBe((long)attempt.TalkDuration.TotalMilliseconds);
        Metric(agentSession, "tAcw").ShouldBe(DialerSeed.DefaultAfterCallWorkSeconds * 1000L);
        Metric(customer, "nOutboundConnected").ShouldBe(1);
    }

    [Fact]
    public async Task A_live_conversation_has_no_conversation_end_and_its_open_segment_no_segment_end()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"]);
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromSeconds(20));

        var conversation = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];

        conversation.TryGetProperty("conversationEnd", out _).ShouldBeFalse();
        var customer = conversation.GetProperty("participants")[0].GetProperty("sessions")[0];
        var interact = customer.GetProperty("segments")[1];
        interact.GetProperty("segmentType").GetString().ShouldBe("interact");
        interact.TryGetProperty("segmentEnd", out _).ShouldBeFalse();
        interact.TryGetProperty("disconnectType", out _).ShouldBeFalse();
        world.Dialer.Attempts.Single().State.ShouldBe(DialAttemptState.Talking);
    }

    [Fact]
    public async Task The_agents_wrap_up_segment_arrives_after_the_conversation_end_once_after_call_work_is_done()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Not interested"]);
        world.AdvanceSlots(1);
        // Step to just after the hang-up (talk time is drawn between 30 and 120 s; bounded loop).
        for (var second = 0; second < 200 && world.Dialer.Attempts.Single().EndedAt is null; second++)
        {
            world.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var ended = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];
        ended.TryGetProperty("conversationEnd", out _).ShouldBeTrue();
        SegmentTypes(ended.GetProperty("participants")[1].GetProperty("sessions")[0]).ShouldBe(["interact"]);
        world.Dialer.Attempts.Single().State.ShouldBe(DialAttemptState.AfterCallWork);
        world.Emulator.ContactsIn(SeedIds.ContactList)["c-1"].CallRecords.ShouldBeEmpty("the result is not known before the wrap-up");

        world.Time.Advance(TimeSpan.FromSeconds(DialerSeed.DefaultAfterCallWorkSeconds));
        var wrapped = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];
        SegmentTypes(wrapped.GetProperty("participants")[1].GetProperty("sessions")[0]).ShouldBe(["interact", "wrapup"]);
    }

    [Fact]
    public async Task A_system_result_has_a_customer_and_the_dialers_outbound_participant_with_the_literal_code()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Busy));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromSeconds(10));

        var conversation = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];

        var participants = conversation.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("purpose").GetString()).ShouldBe(["customer", "outbound"]);
        var customer = participants[0].GetProperty("sessions")[0];
        customer.GetProperty("dispositionName").GetString().ShouldBe("disposition.classification.callable.busy");
        customer.GetProperty("segments")[0].GetProperty("disconnectType").GetString().ShouldBe("endpoint");
        customer.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldBe(["nOutboundAttempted"]);
        var dialer = participants[1].GetProperty("sessions")[0];
        dialer.GetProperty("outboundContactId").GetString().ShouldBe("c-1");
        dialer.GetProperty("segments")[0].GetProperty("segmentType").GetString().ShouldBe("wrapup");
        dialer.GetProperty("segments")[0].GetProperty("wrapUpCode").GetString().ShouldBe("ININ-OUTBOUND-BUSY");
        participants[1].TryGetProperty("userId", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task An_answered_call_of_an_agentless_campaign_goes_to_the_flow_without_an_agent()
    {
        await using var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Connected));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101", mobile: "+13175550901"));
        await world.StartCampaignAsync(SeedIds.CustomerSurvey);
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(15));

        var attempt = world.Dialer.Attempts.Single();
        attempt.WrapUpCode.ShouldBe("ININ-OUTBOUND-TRANSFERRED-TO-FLOW");
        attempt.AgentId.ShouldBeNull();
        var conversation = (await world.QueryAsync(new { interval = DialerWorld.StartDay })).GetProperty("conversations")[0];
        conversation.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("purpose").GetString()).ShouldBe(["customer", "outbound"]);
    }

    private static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    private static List<string?> SegmentTypes(JsonElement session) =>
        [.. session.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("segmentType").GetString())];

    private static long Metric(JsonElement session, string name) =>
        session.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name).GetProperty("value").GetInt64();
}
