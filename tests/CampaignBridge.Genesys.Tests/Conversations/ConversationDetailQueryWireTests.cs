using System.Net;
using System.Text;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// The detail query on the wire (results reference §1.2, §1.4, §1.5): the exact request body, the answer mapped, the page
/// size cap checked before anything is sent, through strict fakes that fail on any request they were not told to expect.
/// </summary>
public sealed class ConversationDetailQueryWireTests
{
    private const string DetailsUrl = ConversationWire.ApiBase + "api/v2/analytics/conversations/details/query";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_query_is_posted_with_interval_order_paging_and_filters_exactly_as_Genesys_defines_them()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"totalHits":0}"""));
        var query = new ConversationQuery
        {
            Interval = ConversationQuery.FormatInterval(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 1, 10, 15, 30, 123, TimeSpan.FromHours(1))),
            Order = "asc",
            OrderBy = "conversationEnd",
            Paging = new PagingSpec(GenesysConversationLimits.MaxPageSize, 2),
            ConversationFilters = [new ConversationFilter { Type = "and", Predicates = [new ConversationPredicate { Dimension = "conversationEnd", Operator = "exists" }] }],
            SegmentFilters =
            [
                new ConversationFilter
                {
                    Type = "or",
                    Predicates = [new ConversationPredicate { Dimension = "outboundCampaignId", Value = "c0ffee00-0000-4000-8000-000000000001" }],
                    Clauses = [new ConversationClause { Type = "and", Predicates = [new ConversationPredicate { Dimension = "mediaType", Value = "voice" }] }],
                },
            ],
        };

        await wire.Client.QueryConversationDetailsAsync(query, Cancel);

        var (request, body) = wire.Api.Received.ShouldHaveSingleItem();
        request.Method.ShouldBe(HttpMethod.Post);
        request.RequestUri.ShouldBe(new Uri(DetailsUrl));
        request.Headers.Authorization!.ToString().ShouldBe($"Bearer {ConversationWire.Token}");
        request.Content!.Headers.ContentType!.MediaType.ShouldBe("application/json");
        body.ShouldBe(
            """{"interval":"2026-12-01T00:00:00.000Z/2026-12-01T09:15:30.123Z","order":"asc","orderBy":"conversationEnd","paging":{"pageSize":100,"pageNumber":2}"""
            + ""","conversationFilters":[{"type":"and","predicates":[{"type":"dimension","dimension":"conversationEnd","operator":"exists"}]}]"""
            + ""","segmentFilters":[{"type":"or","predicates":[{"type":"dimension","dimension":"outboundCampaignId","value":"c0ffee00-0000-4000-8000-000000000001"}]"""
            + ""","clauses":[{"type":"and","predicates":[{"type":"dimension","dimension":"mediaType","value":"voice"}]}]}]}""");
    }

    [Fact]
    public async Task A_query_with_only_an_interval_and_paging_sends_nothing_else()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"totalHits":0}"""));

        await wire.Client.QueryConversationDetailsAsync(new ConversationQuery { Interval = "2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z", Paging = new PagingSpec(25, 1) }, Cancel);

        wire.Api.Received.ShouldHaveSingleItem().Body.ShouldBe("""{"interval":"2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z","paging":{"pageSize":25,"pageNumber":1}}""");
    }

    [Fact]
    public void An_interval_is_written_in_UTC_with_milliseconds_whatever_the_offsets_of_its_ends()
    {
        var start = new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-5)).AddTicks(1_234_567);
        var end = new DateTimeOffset(2026, 12, 1, 6, 0, 0, 5, TimeSpan.FromHours(2));

        ConversationQuery.FormatInterval(start, end).ShouldBe("2026-12-01T04:30:00.123Z/2026-12-01T04:00:00.005Z");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(GenesysConversationLimits.MaxPageSize + 1, 1)]
    [InlineData(25, 0)]
    public async Task A_page_size_outside_1_to_100_or_a_page_number_below_1_is_refused_before_anything_is_sent(int pageSize, int pageNumber)
    {
        using var wire = new ConversationWire();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() =>
            wire.Client.QueryConversationDetailsAsync(new ConversationQuery { Interval = "2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z", Paging = new PagingSpec(pageSize, pageNumber) }, Cancel));

        wire.Api.Received.ShouldBeEmpty();
    }

    [Fact]
    public void The_results_limits_are_pinned()
    {
        GenesysConversationLimits.MaxPageSize.ShouldBe(100);
        GenesysConversationLimits.MaxResultsPerQuery.ShouldBe(100_000);
        GenesysConversationLimits.MaxFilteredInterval.ShouldBe(TimeSpan.FromDays(31));
        GenesysConversationLimits.WrapUpCodePageSize.ShouldBe(100);
        GenesysConversationLimits.MaxWrapUpCodePages.ShouldBe(100);
    }

    [Fact]
    public async Task A_page_is_mapped_to_conversations_participants_sessions_segments_and_metrics()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""
            {"conversations":[{
              "conversationId":"5773eca4-0874-4617-a6e8-85591aa94609","conversationStart":"2026-12-01T09:00:00.000Z","conversationEnd":"2026-12-01T09:05:10Z",
              "originatingDirection":"outbound","divisionIds":["d-1"],"mediaStatsMinConversationMos":4.4,
              "participants":[
                {"participantId":"p-c","participantName":"Customer","purpose":"customer","flaggedReason":"general",
                 "sessions":[{"sessionId":"s-c","mediaType":"voice","direction":"outbound","ani":"tel:+13175550100","dnis":"tel:+13175550101",
                   "outboundCampaignId":"camp-1","outboundContactId":"00Q5g00000AbCdE","outboundContactListId":"list-1",
                   "dispositionAnalyzer":"speech.person","dispositionName":"disposition.classification.callable.person",
                   "segments":[{"segmentStart":"2026-12-01T09:00:00.000Z","segmentEnd":"2026-12-01T09:00:08.000Z","segmentType":"dialing"},
                               {"segmentStart":"2026-12-01T09:00:08.000Z","segmentEnd":"2026-12-01T09:05:10.000Z","segmentType":"interact","disconnectType":"peer","sipResponseCodes":[200]}],
                   "metrics":[{"name":"nOutboundAttempted","value":1,"emitDate":"2026-12-01T09:00:00.000Z"},{"name":"tTalk","value":302000,"emitDate":"2026-12-01T09:05:10.000Z"}]}]},
                {"participantId":"p-a","purpose":"agent","userId":"u-1",
                 "sessions":[{"sessionId":"s-a","mediaType":"voice","outboundCampaignId":"camp-1","outboundContactId":"00Q5g00000AbCdE",
                   "segments":[{"segmentType":"interact","segmentStart":"2026-12-01T09:00:08.000Z","segmentEnd":"2026-12-01T09:05:10.000Z","disconnectType":"client"},
                               {"segmentType":"wrapup","wrapUpCode":"a1c0de00-0000-4000-8000-000000000001","wrapUpNote":"Call me in May","wrapUpTags":["t"],
                                "segmentStart":"2026-12-01T09:05:10.000Z","segmentEnd":"2026-12-01T09:05:40.000Z"}],
                   "metrics":[{"name":"tTalkComplete","value":302000}]}]}]}],
             "aggregations":[],"totalHits":4}
            """));

        var page = await wire.Client.QueryConversationDetailsAsync(new ConversationQuery { Interval = "2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z", Paging = new PagingSpec(1, 1) }, Cancel);

        page.TotalHits.ShouldBe(4);
        var conversation = page.Conversations.ShouldHaveSingleItem();
        conversation.ConversationId.ShouldBe("5773eca4-0874-4617-a6e8-85591aa94609");
        conversation.ConversationStart.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        conversation.ConversationEnd.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 5, 10, TimeSpan.Zero));
        conversation.OriginatingDirection.ShouldBe("outbound");
        conversation.Participants.Select(p => (p.ParticipantId, p.Purpose, p.UserId)).ShouldBe([("p-c", "customer", null), ("p-a", "agent", "u-1")]);
        var customer = conversation.Participants[0].Sessions.ShouldHaveSingleItem();
        customer.SessionId.ShouldBe("s-c");
        customer.MediaType.ShouldBe("voice");
        customer.Direction.ShouldBe("outbound");
        customer.Dnis.ShouldBe("tel:+13175550101");
        (customer.OutboundCampaignId, customer.OutboundContactId, customer.OutboundContactListId).ShouldBe(("camp-1", "00Q5g00000AbCdE", "list-1"));
        customer.DispositionName.ShouldBe("disposition.classification.callable.person");
        customer.Segments.Select(s => (s.SegmentType, s.DisconnectType)).ShouldBe([("dialing", null), ("interact", "peer")]);
        customer.Segments[1].SegmentStart.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 0, 8, TimeSpan.Zero));
        customer.Segments[1].SegmentEnd.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 5, 10, TimeSpan.Zero));
        customer.Metrics.ShouldBe([new AnalyticsMetric("nOutboundAttempted", 1), new AnalyticsMetric("tTalk", 302_000)]);
        var agent = conversation.Participants[1].Sessions.ShouldHaveSingleItem();
        agent.OutboundContactListId.ShouldBeNull();
        var wrapUp = agent.Segments[1];
        wrapUp.SegmentType.ShouldBe("wrapup");
        wrapUp.WrapUpCode.ShouldBe("a1c0de00-0000-4000-8000-000000000001");
        wrapUp.WrapUpNote.ShouldBe("Call me in May");
        agent.Metrics.ShouldBe([new AnalyticsMetric("tTalkComplete", 302_000)]);
    }

    [Fact]
    public async Task A_page_without_conversations_is_an_empty_list_and_a_conversation_without_parts_has_empty_lists()
    {
        // Genesys leaves empty arrays out (EmitDefaultValue=false, §1.5); a live conversation has no conversationEnd.
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"totalHits":0}"""));
        wire.Api.Expect(_ => ConversationWire.Json("""{"conversations":[{"conversationId":"c-1","conversationStart":"2026-12-01T09:00:00Z","participants":[{"purpose":"customer","sessions":[{}]}]}],"totalHits":1}"""));
        var query = new ConversationQuery { Interval = "2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z", Paging = new PagingSpec(25, 1) };

        var empty = await wire.Client.QueryConversationDetailsAsync(query, Cancel);
        var live = await wire.Client.QueryConversationDetailsAsync(query, Cancel);

        empty.Conversations.ShouldBeEmpty();
        empty.TotalHits.ShouldBe(0);
        var conversation = live.Conversations.ShouldHaveSingleItem();
        conversation.ConversationEnd.ShouldBeNull();
        var session = conversation.Participants.ShouldHaveSingleItem().Sessions.ShouldHaveSingleItem();
        session.Segments.ShouldBeEmpty();
        session.Metrics.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_success_answer_that_is_not_the_expected_json_is_unavailable()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>proxy login</html>", Encoding.UTF8, "text/html") });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.QueryConversationDetailsAsync(new ConversationQuery { Interval = "2026-12-01T00:00:00.000Z/2026-12-02T00:00:00.000Z", Paging = new PagingSpec(25, 1) }, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.Message.ShouldContain("query conversation details");
        error.Hint.ShouldContain("Genesys:ApiBaseUrl");
    }
}
