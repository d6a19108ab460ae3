using System.Globalization;
using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// <c>GET /api/v2/routing/wrapupcodes</c> read page by page (results reference §2.4): analytics reports agent wrap-ups by
/// id, people know them by name.
/// </summary>
public sealed class WrapUpCodeListingTests
{
    private const string WrapUpCodesUrl = ConversationWire.ApiBase + "api/v2/routing/wrapupcodes";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seeded_wrap_up_codes_are_read_with_their_ids_and_names_in_one_page_of_100()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var codes = await Client(harness).ListWrapUpCodesAsync(Cancel);

        codes.OrderBy(c => c.Id, StringComparer.Ordinal).ShouldBe([
            new WrapUpCode("a1c0de00-0000-4000-8000-000000000001", "Sale"),
            new WrapUpCode("a1c0de00-0000-4000-8000-000000000002", "Not interested"),
            new WrapUpCode("a1c0de00-0000-4000-8000-000000000003", "Do not call"),
            new WrapUpCode("a1c0de00-0000-4000-8000-000000000004", "Callback"),
        ]);
        var request = harness.ApiRequests.ShouldHaveSingleItem();
        (request.Method, request.Path, request.Query).ShouldBe(("GET", "/api/v2/routing/wrapupcodes", "pageSize=100&pageNumber=1"));
    }

    [Fact]
    public async Task Two_hundred_fifty_codes_are_read_in_three_pages()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s =>
        {
            for (var i = 0; i < 246; i++)
            {
                s.WrapUpCodes.Add(new WrapUpCodeSeed { Id = $"b2c0de00-0000-4000-8000-{i:D12}", Name = $"Code {i.ToString("D3", CultureInfo.InvariantCulture)}" });
            }
        });

        var codes = await Client(harness).ListWrapUpCodesAsync(Cancel);

        codes.Count.ShouldBe(250);
        codes.Select(c => c.Id).Distinct().Count().ShouldBe(250);
        codes.ShouldContain(new WrapUpCode("b2c0de00-0000-4000-8000-000000000245", "Code 245"));
        harness.ApiRequests.Select(r => r.Query).ShouldBe(["pageSize=100&pageNumber=1", "pageSize=100&pageNumber=2", "pageSize=100&pageNumber=3"]);
    }

    [Fact]
    public async Task Reading_stops_at_an_empty_page_even_if_the_listing_claims_more_pages()
    {
        using var wire = new ConversationWire();
        wire.Api
            .Expect(_ => ConversationWire.Json("""{"entities":[{"id":"w-1","name":"Sale","division":{"id":"d"}}],"pageSize":100,"pageNumber":1,"total":300,"pageCount":3}"""))
            .Expect(_ => ConversationWire.Json("""{"entities":[],"pageSize":100,"pageNumber":2,"total":300,"pageCount":3}"""));

        var codes = await wire.Client.ListWrapUpCodesAsync(Cancel);

        codes.ShouldBe([new WrapUpCode("w-1", "Sale")]);
        wire.Api.Received.Select(r => r.Request.RequestUri!.ToString()).ShouldBe([
            WrapUpCodesUrl + "?pageSize=100&pageNumber=1",
            WrapUpCodesUrl + "?pageSize=100&pageNumber=2",
        ]);
    }

    [Fact]
    public async Task A_listing_without_a_page_count_is_read_as_one_page()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"entities":[{"id":"w-1","name":"Sale"},{"id":"w-2","name":"Callback"}]}"""));

        var codes = await wire.Client.ListWrapUpCodesAsync(Cancel);

        codes.Select(c => c.Name).ShouldBe(["Sale", "Callback"]);
        wire.Api.Received.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_listing_that_leaves_out_an_empty_entities_array_has_no_codes()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"pageSize":100,"pageNumber":1,"total":0,"pageCount":0}"""));

        var codes = await wire.Client.ListWrapUpCodesAsync(Cancel);

        codes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Reading_stops_after_the_page_bound_however_many_pages_the_listing_claims()
    {
        using var wire = new ConversationWire();
        for (var page = 1; page <= GenesysConversationLimits.MaxWrapUpCodePages; page++)
        {
            var number = page;
            wire.Api.Expect(_ => ConversationWire.Json($$"""{"entities":[{"id":"w-{{number}}","name":"Code {{number}}"}],"pageNumber":{{number}},"pageCount":1000000}"""));
        }

        var codes = await wire.Client.ListWrapUpCodesAsync(Cancel);

        codes.Count.ShouldBe(GenesysConversationLimits.MaxWrapUpCodePages);
        wire.Api.Received.Count.ShouldBe(GenesysConversationLimits.MaxWrapUpCodePages, "the strict fake fails on a page beyond the bound");
    }

    [Fact]
    public async Task A_client_without_the_wrap_up_code_permission_is_told_which_permission_to_add()
    {
        await using var harness = await GenesysHarness.StartAsync(new ClientCredentials("no-results-client", "no-results-secret"));

        var error = await Should.ThrowAsync<GenesysApiException>(() => Client(harness).ListWrapUpCodesAsync(Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.PermissionMissing);
        error.GenesysCode.ShouldBe("missing.permissions");
        error.Hint.ShouldContain("routing:wrapupCode:view");
        error.Message.ShouldContain("list wrap-up codes");
    }

    private static IGenesysConversationClient Client(GenesysHarness harness) => harness.Services.GetRequiredService<IGenesysConversationClient>();
}
