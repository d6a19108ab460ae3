using CampaignBridge.Genesys.Tests.Support;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// Attempts the dialing emulator placed, read back through the client's detail query (results reference §1.5, §6.3): one
/// conversation per attempt, with the campaign, contact and list ids on every session, the dialed number, the call
/// analysis, and the result on the last <c>wrapup</c> segment (the agent's code id, or the dialer's literal system code).
/// </summary>
public sealed class ConversationDetailQueryDialerTests
{
    private const string SaleWrapUpId = "a1c0de00-0000-4000-8000-000000000001";

    public static TheoryData<string, string, string, string> SystemOutcomes => new()
    {
        { "noAnswer", "ININ-OUTBOUND-NO-ANSWER", "disposition.classification.callable.noanswer", "system" },
        { "busy", "ININ-OUTBOUND-BUSY", "disposition.classification.callable.busy", "endpoint" },
        { "machine", "ININ-OUTBOUND-MACHINE", "disposition.classification.callable.machine", "system" },
        { "fax", "ININ-OUTBOUND-FAX", "disposition.classification.callable.fax", "system" },
        { "invalidNumber", "ININ-OUTBOUND-SIT-UNCALLABLE", "disposition.classification.uncallable.sit", "uncallable" },
    };

    [Theory]
    [MemberData(nameof(SystemOutcomes))]
    public async Task An_attempt_nobody_answered_comes_back_with_the_dialers_system_code_on_an_outbound_participant(
        string outcome, string systemCode, string disposition, string disconnectType)
    {
        await using var world = await DialedConversations.StartAsync([[outcome]]);
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var page = await world.QueryDayAsync();

        var attempt = world.Emulator.Dialer.Attempts.ShouldHaveSingleItem();
        page.TotalHits.ShouldBe(1);
        var conversation = page.Conversations.ShouldHaveSingleItem();
        ShouldBeTheAttempt(conversation, attempt.ConversationId, attempt.StartedAt, attempt.EndedAt);
        conversation.Participants.Select(p => p.Purpose).ShouldBe(["customer", "outbound"]);
        var customer = conversation.Participants[0].Sessions.ShouldHaveSingleItem();
        customer.DispositionName.ShouldBe(disposition);
        customer.Segments.Select(s => s.SegmentType).ShouldBe(["dialing"]);
        customer.Segments[0].DisconnectType.ShouldBe(disconnectType);
        var wrapUp = conversation.Participants[1].Sessions.ShouldHaveSingleItem().Segments.ShouldHaveSingleItem();
        wrapUp.SegmentType.ShouldBe("wrapup");
        wrapUp.WrapUpCode.ShouldBe(systemCode);
        attempt.WrapUpCode.ShouldBe(systemCode);
    }

    [Fact]
    public async Task A_connected_agent_call_comes_back_with_the_agent_and_the_wrap_up_code_id_after_the_after_call_work()
    {
        await using var world = await DialedConversations.StartAsync([["connected:Sale"]]);
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var conversation = (await world.QueryDayAsync()).Conversations.ShouldHaveSingleItem();

        var attempt = world.Emulator.Dialer.Attempts.ShouldHaveSingleItem();
        ShouldBeTheAttempt(conversation, attempt.ConversationId, attempt.StartedAt, attempt.EndedAt);
        conversation.Participants.Select(p => p.Purpose).ShouldBe(["customer", "agent"]);
        var customer = conversation.Participants[0].Sessions.ShouldHaveSingleItem();
        customer.DispositionName.ShouldBe("disposition.classification.callable.person");
        customer.Segments.Select(s => (s.SegmentType, s.DisconnectType)).ShouldBe([("dialing", null), ("interact", "peer")]);
        var agent = conversation.Participants[1];
        agent.UserId.ShouldBe(attempt.AgentId);
        var agentSession = agent.Sessions.ShouldHaveSingleItem();
        agentSession.Segments.Select(s => s.SegmentType).ShouldBe(["interact", "wrapup"]);
        agentSession.Segments[1].WrapUpCode.ShouldBe(SaleWrapUpId);
        agentSession.Segments[1].WrapUpNote.ShouldBe("");
        agentSession.Metrics.Single(m => m.Name == "tTalkComplete").Value.ShouldBe((long)attempt.TalkDuration.TotalMilliseconds);
    }

    [Fact]
    public async Task A_connected_call_read_before_the_agent_wrapped_up_has_ended_but_has_no_wrapup_segment_yet()
    {
        await using var world = await DialedConversations.StartAsync([["connected:Sale"]]);
        world.Harness.Time.Advance(world.Emulator.Dialer.Pace);
        var talking = world.Emulator.Dialer.Attempts.ShouldHaveSingleItem();
        // Talk time is drawn from the model; step to just after the hang-up, within the after-call work (bounded).
        for (var i = 0; i < 100 && world.Emulator.Dialer.Attempts.Single().EndedAt is null; i++)
        {
            world.Harness.Time.Advance(TimeSpan.FromSeconds(10));
        }

        var conversation = (await world.QueryDayAsync()).Conversations.ShouldHaveSingleItem();

        conversation.ConversationId.ShouldBe(talking.ConversationId);
        conversation.ConversationEnd.ShouldNotBeNull();
        var agentSegments = conversation.Participants.Single(p => p.Purpose == "agent").Sessions.Single().Segments;
        agentSegments.Select(s => s.SegmentType).ShouldBe(["interact"]);
    }

    [Fact]
    public async Task An_answered_call_of_an_agentless_campaign_comes_back_handed_to_the_flow()
    {
        await using var world = await DialedConversations.StartAsync(
            [["connected"]],
            s => s.Campaigns.Single(c => c.Id == Seeded.SpringRenewals).DialingMode = "agentless");
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var conversation = (await world.QueryDayAsync()).Conversations.ShouldHaveSingleItem();

        conversation.Participants.Select(p => p.Purpose).ShouldBe(["customer", "outbound"]);
        conversation.Participants[0].Sessions.Single().Segments.Select(s => s.SegmentType).ShouldBe(["dialing", "interact"]);
        conversation.Participants[1].Sessions.Single().Segments.Single().WrapUpCode.ShouldBe("ININ-OUTBOUND-TRANSFERRED-TO-FLOW");
    }

    [Fact]
    public async Task A_number_on_the_campaigns_DNC_list_comes_back_as_a_skip_when_skips_are_conversations()
    {
        await using var world = await DialedConversations.StartAsync([["busy"]], s =>
        {
            s.Settings.DncSkipConversations = true;
            s.DncLists.Single(d => d.Id == Seeded.InternalDncList).PhoneNumbers.Add(DialedConversations.Number(1));
        });
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var conversation = (await world.QueryDayAsync()).Conversations.ShouldHaveSingleItem();

        world.Emulator.Dialer.Attempts.ShouldBeEmpty();
        var skip = world.Emulator.Dialer.Skips.ShouldHaveSingleItem();
        conversation.ConversationEnd.ShouldBe(conversation.ConversationStart);
        conversation.Participants.SelectMany(p => p.Sessions).ShouldAllBe(s => s.OutboundContactId == DialedConversations.ContactId(1));
        conversation.Participants.Single(p => p.Purpose == "outbound").Sessions.Single().Segments.Single().WrapUpCode.ShouldBe("ININ-OUTBOUND-ON-DO-NOT-CALL-LIST");
        skip.ContactId.ShouldBe(DialedConversations.ContactId(1));
    }

    [Fact]
    public async Task Pages_of_two_read_three_attempts_in_end_order_and_every_page_reports_the_total()
    {
        await using var world = await DialedConversations.StartAsync([["busy"], ["fax"], ["noAnswer"]]);
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var first = await world.QueryDayAsync(pageSize: 2, pageNumber: 1);
        var second = await world.QueryDayAsync(pageSize: 2, pageNumber: 2);
        var third = await world.QueryDayAsync(pageSize: 2, pageNumber: 3);

        (first.TotalHits, second.TotalHits, third.TotalHits).ShouldBe((3, 3, 3));
        first.Conversations.Count.ShouldBe(2);
        second.Conversations.Count.ShouldBe(1);
        third.Conversations.ShouldBeEmpty();
        var read = first.Conversations.Concat(second.Conversations).ToList();
        read.Select(c => c.ConversationEnd).ShouldBeInOrder(SortDirection.Ascending);
        read.Select(c => c.ConversationId).ShouldBe(world.Emulator.Dialer.Attempts.OrderBy(a => a.EndedAt).Select(a => a.ConversationId));
        world.Harness.ApiRequests.Where(r => r.Path.EndsWith("/details/query", StringComparison.Ordinal)).Select(r => r.StatusCode).ShouldBe([200, 200, 200]);
    }

    [Fact]
    public async Task A_filter_on_another_campaign_finds_none_of_the_attempts()
    {
        await using var world = await DialedConversations.StartAsync([["busy"]]);
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);

        var page = await world.Client.QueryConversationDetailsAsync(new ConversationQuery
        {
            Interval = DialedConversations.StartDay,
            Paging = new PagingSpec(25, 1),
            SegmentFilters = [new ConversationFilter { Type = "and", Predicates = [new ConversationPredicate { Dimension = "outboundCampaignId", Value = Seeded.CustomerSurvey }] }],
        }, TestContext.Current.CancellationToken);

        world.Emulator.Dialer.Attempts.ShouldHaveSingleItem();
        page.TotalHits.ShouldBe(0);
        page.Conversations.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_live_call_is_left_out_by_the_conversation_end_exists_filter()
    {
        await using var world = await DialedConversations.StartAsync([["connected:Sale"]]);
        world.Harness.Time.Advance(world.Emulator.Dialer.Pace + TimeSpan.FromSeconds(20));
        var query = new ConversationQuery
        {
            Interval = DialedConversations.StartDay,
            Paging = new PagingSpec(25, 1),
            ConversationFilters = [new ConversationFilter { Type = "and", Predicates = [new ConversationPredicate { Dimension = "conversationEnd", Operator = "exists" }] }],
        };

        var ended = await world.Client.QueryConversationDetailsAsync(query, TestContext.Current.CancellationToken);
        var all = await world.Client.QueryConversationDetailsAsync(query with { ConversationFilters = null }, TestContext.Current.CancellationToken);

        world.Emulator.Dialer.Attempts.ShouldHaveSingleItem().EndedAt.ShouldBeNull();
        ended.Conversations.ShouldBeEmpty();
        all.Conversations.ShouldHaveSingleItem().ConversationEnd.ShouldBeNull();
    }

    private static void ShouldBeTheAttempt(AnalyticsConversation conversation, string conversationId, DateTimeOffset started, DateTimeOffset? ended)
    {
        conversation.ConversationId.ShouldBe(conversationId);
        conversation.ConversationStart.ShouldBe(started);
        conversation.ConversationEnd.ShouldBe(ended);
        conversation.OriginatingDirection.ShouldBe("outbound");
        foreach (var session in conversation.Participants.SelectMany(p => p.Sessions))
        {
            (session.OutboundCampaignId, session.OutboundContactId, session.OutboundContactListId).ShouldBe((Seeded.SpringRenewals, DialedConversations.ContactId(1), Seeded.ContactListId));
            session.MediaType.ShouldBe("voice");
        }

        conversation.Participants.Single(p => p.Purpose == "customer").Sessions.Single().Dnis.ShouldBe("tel:" + DialedConversations.Number(1));
    }
}
