using System.Net;
using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Analytics;

/// <summary>Conversation and segment filters of the detail query: and/or, clauses, matches/exists/notExists (results reference §1.2).</summary>
public sealed class DetailQueryFilterTests
{
    private const string QueryPath = "/api/v2/analytics/conversations/details/query";

    private static object Segment(string type, params object[] predicates) => new { type, predicates };

    private static object Dimension(string dimension, string? value = null, string? op = null) =>
        op is null ? new { type = "dimension", dimension, value } : new { type = "dimension", dimension, @operator = op, value };

    [Fact]
    public async Task A_segment_filter_on_the_campaign_returns_only_that_campaigns_attempts()
    {
        await using var world = await TwoCampaignsAsync();

        var spring = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("outboundCampaignId", SeedIds.SpringRenewals)) } });
        var both = await world.QueryAsync(new
        {
            interval = DialerWorld.StartDay,
            segmentFilters = new[]
            {
                new
                {
                    type = "and",
                    predicates = new[] { Dimension("mediaType", "voice") },
                    clauses = new[] { Segment("or", Dimension("outboundCampaignId", SeedIds.SpringRenewals), Dimension("outboundCampaignId", SeedIds.WinbackQ4)) },
                },
            },
        });

        CampaignsOf(spring).ShouldAllBe(c => c == SeedIds.SpringRenewals);
        spring.GetProperty("totalHits").GetInt32().ShouldBe(world.Dialer.AttemptsOf(SeedIds.SpringRenewals).Count);
        both.GetProperty("totalHits").GetInt32().ShouldBe(world.Dialer.Attempts.Count);
        CampaignsOf(both).Distinct().ShouldBe([SeedIds.SpringRenewals, SeedIds.WinbackQ4], ignoreOrder: true);
    }

    [Fact]
    public async Task Filters_by_contact_and_contact_list_match_the_outbound_ids_of_the_sessions()
    {
        await using var world = await TwoCampaignsAsync();

        var one = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("outboundContactId", "c-2")) } });
        var list = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("outboundContactListId", SeedIds.ContactList)) } });

        one.GetProperty("totalHits").GetInt32().ShouldBe(world.Dialer.Attempts.Count(a => a.ContactId == "c-2"));
        list.GetProperty("totalHits").GetInt32().ShouldBe(world.Dialer.Attempts.Count);
    }

    [Fact]
    public async Task Conversation_end_exists_keeps_the_ended_conversations_and_not_exists_the_live_ones()
    {
        await using var world = await DialerWorld.DialingAsync(["busy"], ["connected:Sale"]);
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromSeconds(10));
        List<string?> live = [.. world.Dialer.Attempts.Where(a => a.EndedAt is null).Select(a => a.ConversationId)];
        List<string?> ended = [.. world.Dialer.Attempts.Where(a => a.EndedAt is not null).Select(a => a.ConversationId)];
        live.ShouldHaveSingleItem();
        ended.ShouldHaveSingleItem();

        var endedBody = await world.QueryAsync(new { interval = DialerWorld.StartDay, conversationFilters = new[] { Segment("and", Dimension("conversationEnd", op: "exists")) } });
        var liveBody = await world.QueryAsync(new { interval = DialerWorld.StartDay, conversationFilters = new[] { Segment("and", Dimension("conversationEnd", op: "notExists")) } });

        IdsOf(endedBody).ShouldBe(ended);
        IdsOf(liveBody).ShouldBe(live);
        liveBody.GetProperty("conversations")[0].TryGetProperty("conversationEnd", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task A_wrap_up_code_filter_matches_the_agent_code_id_and_the_literal_system_codes()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"], ["fax"]);
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromMinutes(15));

        var sales = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("wrapUpCode", SeedIds.SaleWrapUp)) } });
        var faxes = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("wrapUpCode", "ININ-OUTBOUND-FAX")) } });
        var agents = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("purpose", "agent"), Dimension("segmentType", "wrapup")) } });

        IdsOf(sales).ShouldBe([world.Dialer.Attempts[0].ConversationId]);
        IdsOf(faxes).ShouldBe([world.Dialer.Attempts[1].ConversationId]);
        IdsOf(agents).ShouldBe([world.Dialer.Attempts[0].ConversationId]);
    }

    [Fact]
    public async Task Predicates_of_one_segment_filter_must_hold_on_the_same_segment()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"]);
        world.AdvanceSlots(1);
        world.Time.Advance(TimeSpan.FromMinutes(15));

        // The customer's segments are dialing/interact; the wrap-up is on the agent's session.
        var body = await world.QueryAsync(new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension("purpose", "customer"), Dimension("segmentType", "wrapup")) } });

        body.GetProperty("totalHits").GetInt32().ShouldBe(0);
    }

    [Theory]
    [InlineData("dispositionName")]
    [InlineData("campaignId")]
    public async Task A_segment_dimension_the_api_does_not_filter_on_is_invalid_value(string dimension)
    {
        // dispositionName is a session field, not a filterable dimension (§1.2).
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token,
            new { interval = DialerWorld.StartDay, segmentFilters = new[] { Segment("and", Dimension(dimension, "x")) } });

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.value");
        body.GetProperty("message").GetString()!.ShouldContain(dimension);
    }

    [Theory]
    [InlineData("xor", "matches")]
    [InlineData("and", "contains")]
    public async Task A_filter_type_or_operator_outside_the_enum_is_invalid_value(string type, string op)
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token,
            new { interval = DialerWorld.StartDay, segmentFilters = new[] { new { type, predicates = new[] { Dimension("mediaType", "voice", op) } } } });

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.value");
    }

    [Fact]
    public async Task A_conversation_metric_range_filters_on_the_summed_session_metric()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"], ["busy"]);
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromMinutes(15));

        var connected = await world.QueryAsync(new
        {
            interval = DialerWorld.StartDay,
            conversationFilters = new[] { new { type = "and", predicates = new[] { new { type = "metric", metric = "nOutboundConnected", range = new { gte = 1 } } } } },
        });

        IdsOf(connected).ShouldBe([world.Dialer.Attempts[0].ConversationId]);
    }

    private static async Task<DialerWorld> TwoCampaignsAsync()
    {
        var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Busy));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();
        await world.StartCampaignAsync(SeedIds.WinbackQ4);
        world.Time.Advance(TimeSpan.FromMinutes(5));
        world.Dialer.Attempts.Select(a => a.CampaignId).Distinct().Count().ShouldBe(2);
        return world;
    }

    private static IEnumerable<string?> CampaignsOf(JsonElement body) =>
        body.GetProperty("conversations").EnumerateArray()
            .Select(c => c.GetProperty("participants")[0].GetProperty("sessions")[0].GetProperty("outboundCampaignId").GetString());

    private static List<string?> IdsOf(JsonElement body) =>
        body.TryGetProperty("conversations", out var conversations)
            ? [.. conversations.EnumerateArray().Select(c => c.GetProperty("conversationId").GetString())]
            : [];
}
