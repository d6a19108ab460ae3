using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Analytics;

/// <summary><c>GET /api/v2/analytics/conversations/{id}/details</c> and the multi-get <c>?id=</c> (results reference §1.1).</summary>
public sealed class ConversationDetailsTests
{
    [Fact]
    public async Task One_conversation_is_read_by_its_id()
    {
        await using var world = await WorldWithTwoAttemptsAsync();
        var id = world.Dialer.Attempts[1].ConversationId;

        var conversation = await world.GetJsonAsync($"/api/v2/analytics/conversations/{id}/details");

        conversation.GetProperty("conversationId").GetString().ShouldBe(id);
        conversation.GetProperty("participants")[0].GetProperty("sessions")[0].GetProperty("outboundContactId").GetString().ShouldBe("c-2");
    }

    [Fact]
    public async Task An_unknown_conversation_id_is_not_found()
    {
        await using var world = await DialerWorld.StartAsync();

        using var response = await world.Session.GetAsync($"/api/v2/analytics/conversations/{SeedIds.UnknownGuid}/details", world.Token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_multi_get_takes_comma_separated_or_repeated_ids_and_leaves_unknown_ones_out(bool commaSeparated)
    {
        await using var world = await WorldWithTwoAttemptsAsync();
        var ids = world.Dialer.Attempts.Select(a => a.ConversationId).Append(SeedIds.UnknownGuid).ToList();
        var query = commaSeparated ? "id=" + string.Join(',', ids) : string.Join('&', ids.Select(i => "id=" + i));

        var body = await world.GetJsonAsync($"/api/v2/analytics/conversations/details?{query}");

        body.GetProperty("conversations").EnumerateArray().Select(c => c.GetProperty("conversationId").GetString())
            .ShouldBe(ids.Take(2), ignoreOrder: true);
    }

    [Fact]
    public async Task The_multi_get_refuses_more_ids_than_the_setting_allows()
    {
        await using var world = await DialerWorld.StartAsync(s => s.Settings.Analytics.MaxIdsPerMultiGet = 2);

        using var response = await world.Session.GetAsync("/api/v2/analytics/conversations/details?id=a,b,c", world.Token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
    }

    [Fact]
    public async Task Reading_a_conversation_needs_an_analytics_permission()
    {
        await using var world = await WorldWithTwoAttemptsAsync();
        var token = await world.Session.GetTokenAsync(SeedClients.NoResults);

        using var response = await world.Session.GetAsync($"/api/v2/analytics/conversations/{world.Dialer.Attempts[0].ConversationId}/details", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.any.permissions");
    }

    private static async Task<DialerWorld> WorldWithTwoAttemptsAsync()
    {
        var world = await DialerWorld.StartAsync(s => DialerWorld.Always(s, DialOutcome.Busy));
        await world.AddAsync(ContactBodies.Contact("c-1", "One", "+13175550101"), ContactBodies.Contact("c-2", "Two", "+13175550102"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(2);
        return world;
    }
}
