using System.Net;
using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Analytics;

/// <summary>Paging, order and the response envelope of the detail query (results reference §1.2, §1.4, §1.5).</summary>
public sealed class DetailQueryPagingTests
{
    private const string QueryPath = "/api/v2/analytics/conversations/details/query";

    [Fact]
    public async Task The_default_page_is_25_conversations_with_total_hits_counting_all_of_them()
    {
        await using var world = await ManyAttemptsAsync(30);

        var first = await world.QueryAsync(new { interval = DialerWorld.StartDay });
        var second = await world.QueryAsync(new { interval = DialerWorld.StartDay, paging = new { pageSize = 25, pageNumber = 2 } });

        first.GetProperty("conversations").GetArrayLength().ShouldBe(AnalyticsSettings.DefaultPageSize);
        first.GetProperty("totalHits").GetInt32().ShouldBe(30);
        second.GetProperty("conversations").GetArrayLength().ShouldBe(5);
        Ids(first).Concat(Ids(second)).ShouldBe(world.Dialer.Attempts.Select(a => a.ConversationId), "ascending by conversation start by default");
    }

    [Fact]
    public async Task Desc_order_and_order_by_conversation_end_put_live_conversations_last()
    {
        await using var world = await DialerWorld.DialingAsync(["connected:Sale"], ["busy"]);
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromSeconds(10));
        var (talking, busy) = (world.Dialer.Attempts[0].ConversationId, world.Dialer.Attempts[1].ConversationId);

        var desc = await world.QueryAsync(new { interval = DialerWorld.StartDay, order = "desc" });
        var byEnd = await world.QueryAsync(new { interval = DialerWorld.StartDay, orderBy = "conversationEnd" });

        Ids(desc).ShouldBe([busy, talking]);
        Ids(byEnd).ShouldBe([busy, talking]);
    }

    [Fact]
    public async Task A_query_that_finds_nothing_leaves_conversations_out_and_says_total_hits_0()
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = DialerWorld.StartDay });

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldBe("""{"totalHits":0}""");
    }

    [Fact]
    public async Task A_page_size_over_100_is_refused_by_default_and_capped_when_the_setting_says_so()
    {
        await using (var strict = await DialerWorld.StartAsync())
        {
            using var response = await strict.Session.PostJsonAsync(QueryPath, strict.Token, new { interval = DialerWorld.StartDay, paging = new { pageSize = 101, pageNumber = 1 } });
            await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
        }

        await using var lenient = await ManyAttemptsAsync(3, s => s.Settings.Analytics.PageSizeOverMax = EmulatorSettings.PageSizeCap);
        var body = await lenient.QueryAsync(new { interval = DialerWorld.StartDay, paging = new { pageSize = 500, pageNumber = 1 } });
        body.GetProperty("conversations").GetArrayLength().ShouldBe(3);
    }

    [Theory]
    [InlineData(100, 1000, HttpStatusCode.OK)]
    [InlineData(100, 1001, HttpStatusCode.BadRequest)]
    [InlineData(25, 4001, HttpStatusCode.BadRequest)]
    public async Task Paging_may_not_reach_past_100000_results(int pageSize, int pageNumber, HttpStatusCode expected)
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = DialerWorld.StartDay, paging = new { pageSize, pageNumber } });

        if (expected == HttpStatusCode.OK)
        {
            (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("totalHits").GetInt32().ShouldBe(0);
            return;
        }

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
        body.GetProperty("message").GetString().ShouldBe("Pagination may not exceed 100000 results.");
    }

    [Theory]
    [InlineData("order", "sideways")]
    [InlineData("orderBy", "wrapUpCode")]
    public async Task An_order_or_order_by_outside_the_enum_is_invalid_value(string field, string value)
    {
        await using var world = await DialerWorld.StartAsync();
        var body = new Dictionary<string, object> { ["interval"] = DialerWorld.StartDay, [field] = value };

        using var response = await world.Session.PostJsonAsync(QueryPath, world.Token, body);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.value");
    }

    [Fact]
    public async Task The_query_needs_analytics_conversation_detail_view()
    {
        await using var world = await DialerWorld.StartAsync();
        var token = await world.Session.GetTokenAsync(SeedClients.NoResults);

        using var response = await world.Session.PostJsonAsync(QueryPath, token, new { interval = DialerWorld.StartDay });

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.any.permissions");
        body.GetProperty("message").GetString()!.ShouldContain("analytics:conversationDetail:view");
    }

    [Fact]
    public async Task The_agent_conversation_detail_permission_alone_is_enough_because_the_query_requires_any_of_the_two()
    {
        await using var world = await DialerWorld.StartAsync(s => s.OAuthClients.Add(new OAuthClientSeed
        {
            ClientId = "agent-analytics-client",
            ClientSecret = "agent-analytics-secret",
            Permissions = ["analytics:agentConversationDetail:view"],
        }));
        var token = await world.Session.GetTokenAsync("agent-analytics-client", "agent-analytics-secret");

        using var response = await world.Session.PostJsonAsync(QueryPath, token, new { interval = DialerWorld.StartDay });

        await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Faults_can_be_injected_on_the_analytics_endpoints()
    {
        await using var world = await DialerWorld.StartAsync();
        world.Emulator.Faults.Add("/api/v2/analytics", 503, count: 1);

        using var failed = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = DialerWorld.StartDay });
        using var next = await world.Session.PostJsonAsync(QueryPath, world.Token, new { interval = DialerWorld.StartDay });

        await failed.ShouldBeErrorBodyAsync(HttpStatusCode.ServiceUnavailable, "service.unavailable");
        next.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_unsupported_media_type_and_malformed_json_is_bad_request()
    {
        await using var world = await DialerWorld.StartAsync();

        using var text = await world.Session.SendAsync(HttpMethod.Post, QueryPath, world.Token, new StringContent("interval=x"));
        await text.ShouldBeErrorBodyAsync(HttpStatusCode.UnsupportedMediaType, "unsupported.media.type");
        using var malformed = await world.Session.SendAsync(HttpMethod.Post, QueryPath, world.Token,
            new StringContent("{\"interval\":", System.Text.Encoding.UTF8, "application/json"));
        await malformed.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    private static async Task<DialerWorld> ManyAttemptsAsync(int count, Action<EmulatorSeed>? change = null)
    {
        var world = await DialerWorld.StartAsync(s =>
        {
            DialerWorld.Always(s, DialOutcome.Fax);
            s.Dialer.AttemptsPerMinute = 60;
            change?.Invoke(s);
        });
        await world.AddAsync([.. Enumerable.Range(1, count).Select(i => ContactBodies.Contact($"c-{i:D3}", $"C{i}", $"+1317555{i:D4}"))]);
        await world.StartCampaignAsync();
        world.AdvanceSlots(count);
        world.Dialer.Attempts.Count.ShouldBe(count);
        return world;
    }

    private static List<string?> Ids(JsonElement body) =>
        [.. body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString())];
}
