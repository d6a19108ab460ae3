using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary>GET /api/v2/outbound/campaigns/{campaignId}, reference §3.1 and the Campaign model of §3.3.</summary>
public sealed class CampaignRetrievalTests
{
    [Theory]
    [InlineData(SeedIds.SpringRenewals, "Spring Renewals", "preview", "off")]
    [InlineData(SeedIds.WinbackQ4, "Winback Q4", "progressive", "on")]
    [InlineData(SeedIds.CustomerSurvey, "Customer Survey", "agentless", "complete")]
    public async Task A_seeded_campaign_comes_back_in_the_campaign_wire_model(string id, string name, string dialingMode, string status)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{id}", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("id").GetString().ShouldBe(id);
        body.GetProperty("name").GetString().ShouldBe(name);
        body.GetProperty("dialingMode").GetString().ShouldBe(dialingMode);
        body.GetProperty("campaignStatus").GetString().ShouldBe(status);
        body.GetProperty("version").GetInt32().ShouldBe(1);
        body.GetProperty("contactList").GetProperty("id").GetString().ShouldBe(SeedIds.ContactList);
        body.GetProperty("phoneColumns").GetArrayLength().ShouldBeGreaterThan(0);
        body.GetProperty("phoneColumns")[0].GetProperty("columnName").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("callerName").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("callerAddress").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_unknown_campaign_is_a_404_error_body()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task Fields_the_emulator_does_not_model_are_returned_as_seeded()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/api/v2/outbound/campaigns/{SeedIds.WinbackQ4}", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("queue").GetProperty("id").GetString().ShouldBe("9a0b1c2d-0000-4000-8000-000000000002");
        body.GetProperty("edgeGroup").GetProperty("name").GetString().ShouldBe("Default Edge Group");
        body.GetProperty("outboundLineCount").GetInt32().ShouldBe(10);
    }
}
