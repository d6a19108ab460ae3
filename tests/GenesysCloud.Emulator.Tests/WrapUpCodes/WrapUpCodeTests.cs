using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.WrapUpCodes;

/// <summary><c>GET /api/v2/routing/wrapupcodes[/{id}]</c> and <c>GET /api/v2/outbound/wrapupcodemappings</c> (results reference §2.4).</summary>
public sealed class WrapUpCodeTests
{
    private const string Path = "/api/v2/routing/wrapupcodes";

    [Fact]
    public async Task The_listing_is_sorted_by_name_and_pages_like_every_entity_listing()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{Path}?pageSize=3", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["Callback", "Do not call", "Not interested"]);
        (body.GetProperty("total").GetInt32(), body.GetProperty("pageCount").GetInt32(), body.GetProperty("pageSize").GetInt32()).ShouldBe((4, 2, 3));
        body.GetProperty("nextUri").GetString().ShouldBe("/api/v2/routing/wrapupcodes?pageSize=3&pageNumber=2");
        var first = body.GetProperty("entities")[0];
        first.GetProperty("id").GetString().ShouldBe(SeedIds.CallbackWrapUp);
        first.GetProperty("division").GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
        first.GetProperty("selfUri").GetString().ShouldBe($"{Path}/{SeedIds.CallbackWrapUp}");
    }

    [Fact]
    public async Task The_default_page_size_is_25_and_sorting_by_id_descending_works()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"{Path}?sortBy=id&sortOrder=descending", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("pageSize").GetInt32().ShouldBe(25);
        body.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString())
            .ShouldBe([SeedIds.CallbackWrapUp, SeedIds.DoNotCallWrapUp, SeedIds.NotInterestedWrapUp, SeedIds.SaleWrapUp]);
    }

    [Fact]
    public async Task The_listing_filters_by_name_and_by_repeated_ids()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var byName = await session.GetAsync($"{Path}?name=not", token);
        using var byIds = await session.GetAsync($"{Path}?id={SeedIds.SaleWrapUp}&id={SeedIds.CallbackWrapUp}", token);

        (await byName.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["Not interested"]);
        (await byIds.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ShouldBe(["Callback", "Sale"]);
    }

    [Fact]
    public async Task One_code_is_read_by_id_and_an_unknown_id_is_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var known = await session.GetAsync($"{Path}/{SeedIds.SaleWrapUp}", token);
        using var unknown = await session.GetAsync($"{Path}/{SeedIds.UnknownGuid}", token);

        (await known.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("name").GetString().ShouldBe("Sale");
        await unknown.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task The_wrap_up_codes_need_all_of_routing_wrapup_code_view()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.NoResults);

        using var response = await session.GetAsync(Path, token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.permissions");
        body.GetProperty("message").GetString().ShouldBe("Unable to perform the requested action. You are missing the following permission(s): [routing:wrapupCode:view]");
    }

    [Fact]
    public async Task The_mapping_gives_the_flags_per_wrap_up_code_id_and_a_default_set()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync("/api/v2/outbound/wrapupcodemappings", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("mapping").GetProperty(SeedIds.DoNotCallWrapUp).EnumerateArray().Select(f => f.GetString())
            .ShouldBe(["CONTACT_UNCALLABLE", "RIGHT_PARTY_CONTACT", "BUSINESS_FAILURE"]);
        body.GetProperty("mapping").GetProperty(SeedIds.SaleWrapUp).EnumerateArray().Select(f => f.GetString()).ShouldContain("BUSINESS_SUCCESS");
        body.GetProperty("defaultSet").GetArrayLength().ShouldBeGreaterThan(0);
        body.GetProperty("version").GetInt32().ShouldBe(1);
        using var forbidden = await session.GetAsync("/api/v2/outbound/wrapupcodemappings", await session.GetTokenAsync(SeedClients.NoResults));
        await forbidden.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.any.permissions");
    }
}
