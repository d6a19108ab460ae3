using System.Net;
using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary>GET /api/v2/outbound/campaigns, reference §3.2 (query parameters and CampaignEntityListing).</summary>
public sealed class CampaignListingTests
{
    private const string CampaignsPath = "/api/v2/outbound/campaigns";

    [Fact]
    public async Task The_default_listing_is_page_one_of_size_25_with_the_whole_envelope()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync(CampaignsPath, token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("pageSize").GetInt32().ShouldBe(25);
        body.GetProperty("pageNumber").GetInt32().ShouldBe(1);
        body.GetProperty("total").GetInt64().ShouldBe(3);
        body.GetProperty("pageCount").GetInt32().ShouldBe(1);
        body.GetProperty("firstUri").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("selfUri").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("lastUri").GetString().ShouldNotBeNullOrWhiteSpace();
        IdsOf(body).ShouldBe([SeedIds.SpringRenewals, SeedIds.WinbackQ4, SeedIds.CustomerSurvey], ignoreOrder: true);
    }

    [Fact]
    public async Task Thirty_campaigns_come_back_in_two_pages_of_25_and_5_without_overlap()
    {
        var seeded = ThirtyCampaigns(out var seed);
        await using var session = await EmulatorSession.StartAsync(seed);
        var token = await session.GetTokenAsync();

        using var first = await session.GetAsync($"{CampaignsPath}?pageNumber=1", token);
        using var second = await session.GetAsync($"{CampaignsPath}?pageNumber=2", token);

        var page1 = await first.ShouldBeJsonAsync(HttpStatusCode.OK);
        var page2 = await second.ShouldBeJsonAsync(HttpStatusCode.OK);
        page1.GetProperty("entities").GetArrayLength().ShouldBe(25);
        page2.GetProperty("entities").GetArrayLength().ShouldBe(5);
        foreach (var page in new[] { page1, page2 })
        {
            page.GetProperty("total").GetInt64().ShouldBe(30);
            page.GetProperty("pageCount").GetInt32().ShouldBe(2);
            page.GetProperty("pageSize").GetInt32().ShouldBe(25);
        }

        page2.GetProperty("pageNumber").GetInt32().ShouldBe(2);
        page1.GetProperty("nextUri").GetString().ShouldNotBeNullOrWhiteSpace();
        page2.GetProperty("previousUri").GetString().ShouldNotBeNullOrWhiteSpace();
        IdsOf(page1).Concat(IdsOf(page2)).ShouldBe(seeded, ignoreOrder: true);
    }

    [Fact]
    public async Task A_smaller_page_size_gives_more_pages()
    {
        ThirtyCampaigns(out var seed);
        await using var session = await EmulatorSession.StartAsync(seed);
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?pageSize=10&pageNumber=3", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("entities").GetArrayLength().ShouldBe(10);
        body.GetProperty("pageSize").GetInt32().ShouldBe(10);
        body.GetProperty("pageNumber").GetInt32().ShouldBe(3);
        body.GetProperty("pageCount").GetInt32().ShouldBe(3);
        body.GetProperty("total").GetInt64().ShouldBe(30);
    }

    [Fact]
    public async Task A_page_size_of_100_is_the_largest_accepted()
    {
        var seeded = ThirtyCampaigns(out var seed);
        await using var session = await EmulatorSession.StartAsync(seed);
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?pageSize=100", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("pageSize").GetInt32().ShouldBe(100);
        body.GetProperty("pageCount").GetInt32().ShouldBe(1);
        IdsOf(body).ShouldBe(seeded, ignoreOrder: true);
    }

    [Fact]
    public async Task A_page_size_over_100_is_capped_to_100()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?pageSize=101", token);

        // §3.2 "The max that will be returned is 100"; §8.4: probably capped, not refused (the default of settings.pageSizeOverMax).
        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("pageSize").GetInt32().ShouldBe(100);
        body.GetProperty("entities").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task With_page_size_over_max_set_to_reject_a_page_size_over_100_is_an_invalid_query_parameter()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.PageSizeOverMax = EmulatorSettings.PageSizeReject));
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?pageSize=101", token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.query.param.value");
        body.GetProperty("message").GetString()!.ShouldContain("pageSize");
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_but_keeps_the_totals()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?pageNumber=5", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("entities").GetArrayLength().ShouldBe(0);
        body.GetProperty("pageNumber").GetInt32().ShouldBe(5);
        body.GetProperty("total").GetInt64().ShouldBe(3);
        body.GetProperty("pageCount").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData("Spring", null, SeedIds.SpringRenewals)]
    [InlineData("Renewals", null, null)]
    [InlineData("Renewals", "Contains", SeedIds.SpringRenewals)]
    [InlineData("Winback", "Equals", null)]
    [InlineData("Winback Q4", "Equals", SeedIds.WinbackQ4)]
    [InlineData("Customer", "Prefix", SeedIds.CustomerSurvey)]
    public async Task The_name_filter_is_a_prefix_match_unless_filter_type_says_otherwise(string name, string? filterType, string? expectedId)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var query = $"?name={Uri.EscapeDataString(name)}" + (filterType is null ? string.Empty : $"&filterType={filterType}");

        using var response = await session.GetAsync(CampaignsPath + query, token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        IdsOf(body).ShouldBe(expectedId is null ? [] : [expectedId]);
        body.GetProperty("total").GetInt64().ShouldBe(expectedId is null ? 0 : 1);
    }

    [Fact]
    public async Task Repeated_id_parameters_select_exactly_those_campaigns()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?id={SeedIds.SpringRenewals}&id={SeedIds.CustomerSurvey}", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        IdsOf(body).ShouldBe([SeedIds.SpringRenewals, SeedIds.CustomerSurvey], ignoreOrder: true);
    }

    [Fact]
    public async Task More_than_100_ids_in_one_listing_is_too_many_bulk_retrieves()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var query = string.Join('&', Enumerable.Range(1, 101).Select(i => $"id=6e2a8d1b-0000-4000-8000-{i:D12}"));

        using var response = await session.GetAsync($"{CampaignsPath}?{query}", token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "too.many.bulk.retrieves");
        body.GetProperty("message").GetString().ShouldBe("Only 100 campaigns can be retrieved by id at a time");
    }

    [Theory]
    [InlineData("ascending", new[] { SeedIds.CustomerSurvey, SeedIds.SpringRenewals, SeedIds.WinbackQ4 })]
    [InlineData("descending", new[] { SeedIds.WinbackQ4, SeedIds.SpringRenewals, SeedIds.CustomerSurvey })]
    public async Task Sort_by_name_orders_the_entities(string sortOrder, string[] expectedOrder)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?sortBy=name&sortOrder={sortOrder}", token);

        IdsOf(await response.ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldBe(expectedOrder);
    }

    [Theory]
    [InlineData(SeedIds.ContactList, 3)]
    [InlineData(SeedIds.UnknownGuid, 0)]
    public async Task The_contact_list_id_parameter_filters_by_the_campaigns_list(string contactListId, int expectedTotal)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?contactListId={contactListId}", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("total").GetInt64().ShouldBe(expectedTotal);
        body.GetProperty("entities").GetArrayLength().ShouldBe(expectedTotal);
    }

    [Theory]
    [InlineData("filterType=Fuzzy&name=Spring")]
    [InlineData("sortOrder=sideways")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=abc")]
    [InlineData("pageNumber=0")]
    public async Task A_page_parameter_that_is_not_a_positive_number_is_an_invalid_query_parameter(string query)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{CampaignsPath}?{query}", token);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.query.param.value");
    }

    private static string[] IdsOf(JsonElement listing)
        => [.. listing.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];

    /// <summary>The default seed with its campaigns replaced by 30 preview campaigns.</summary>
    private static string[] ThirtyCampaigns(out EmulatorSeed seed)
    {
        var ids = Enumerable.Range(1, 30).Select(i => $"6e2a8d1b-0000-4000-8000-{i:D12}").ToArray();
        seed = Seeds.With(s => s.Campaigns = [.. ids.Select((id, i) => Seeds.PreviewCampaign(id, $"Paging campaign {i + 1:D2}"))]);
        return ids;
    }
}
