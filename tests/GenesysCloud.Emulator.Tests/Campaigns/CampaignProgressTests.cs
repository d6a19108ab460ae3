using System.Net;
using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary>GET .../campaigns/{id}/progress and /stats, reference §3.4.</summary>
public sealed class CampaignProgressTests
{
    [Fact]
    public async Task Progress_names_the_campaign_and_contact_list_and_counts_the_contacts()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(4));

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/progress", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("campaign").GetProperty("id").GetString().ShouldBe(SeedIds.SpringRenewals);
        body.GetProperty("contactList").GetProperty("id").GetString().ShouldBe(SeedIds.ContactList);
        body.GetProperty("totalNumberOfContacts").GetInt64().ShouldBe(4);
        var called = body.GetProperty("numberOfContactsCalled").GetInt64();
        called.ShouldBeInRange(0, 4);
        body.GetProperty("percentage").GetInt64().ShouldBe(called * 100 / 4);
    }

    [Fact]
    public async Task Progress_of_a_campaign_on_an_empty_list_is_zero_percent()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.WinbackQ4}/progress", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("totalNumberOfContacts").GetInt64().ShouldBe(0);
        body.GetProperty("numberOfContactsCalled").GetInt64().ShouldBe(0);
        body.GetProperty("percentage").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Progress_of_an_unknown_campaign_is_campaign_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}/progress", token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "campaign.not.found");
        body.GetProperty("message").GetString().ShouldBe("The dialer campaign was not found.");
    }

    [Fact]
    public async Task Stats_come_back_in_the_campaign_stats_shape()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.WinbackQ4}/stats", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var contactRate = body.GetProperty("contactRate");
        contactRate.GetProperty("attempts").ValueKind.ShouldBe(JsonValueKind.Number);
        contactRate.GetProperty("connects").ValueKind.ShouldBe(JsonValueKind.Number);
        contactRate.GetProperty("connectRatio").ValueKind.ShouldBe(JsonValueKind.Number);
        foreach (var counter in new[] { "idleAgents", "outstandingCalls", "scheduledCalls" })
        {
            body.GetProperty(counter).ValueKind.ShouldBe(JsonValueKind.Number, counter);
        }
    }

    [Fact]
    public async Task Stats_of_an_unknown_campaign_are_a_404()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}/stats", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, StatsNotFoundCode);
    }

    /// <summary>§3.4 gives campaign.not.found for progress only; pinned to the emulator's choice for stats.</summary>
    private const string StatsNotFoundCode = "campaign.not.found";
}
