using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Tests.DoNotCall;

public sealed class AddDncNumbersTests : IAsyncLifetime
{
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task<TestResponse> SendAsync(string listId, object body)
        => CampaignBridgeApp.SendAsync(TestRequest.Post(_app.Services, $"/api/dnclists/{listId}/phonenumbers").WithJson(body), r => _app.Function<AddDncNumbers>().Run(r, listId));

    [Fact]
    public async Task Numbers_are_normalised_to_e164_deduplicated_and_added()
    {
        var response = await SendAsync(Seed.InternalDnc, new { phoneNumbers = new[] { "(415) 555-0132", "+1 415 555 0132", "+44 20 7946 0958" } });

        var json = response.ShouldBeOk();
        json.GetProperty("dncListId").GetString().ShouldBe(Seed.InternalDnc);
        json.GetProperty("added").GetInt32().ShouldBe(2);
        json.GetProperty("phoneNumbers").EnumerateArray().Select(e => e.GetString()).ShouldBe(["+14155550132", "+442079460958"]);
        _app.Emulator.DncNumbersIn(Seed.InternalDnc).Keys.ShouldBe(["+14155550132", "+442079460958"], ignoreOrder: true);
    }

    [Fact]
    public async Task An_expiry_is_sent_to_genesys_with_minute_precision()
    {
        var expiry = new DateTimeOffset(2099, 1, 2, 3, 4, 59, 123, TimeSpan.Zero);

        var response = await SendAsync(Seed.InternalDnc, new { phoneNumbers = new[] { "+14155550132" }, expirationDateTime = expiry });

        response.ShouldBeOk().GetProperty("expirationDateTime").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2099, 1, 2, 3, 4, 0, TimeSpan.Zero));
        _app.Emulator.Requests.ShouldContain(r => r.Path.EndsWith("/phonenumbers", StringComparison.Ordinal) && r.Query.Contains("expirationDateTime=2099-01-02T03", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_past_expiry_is_refused_without_calling_genesys()
    {
        var before = _app.Emulator.Requests.Count;

        var response = await SendAsync(Seed.InternalDnc, new { phoneNumbers = new[] { "+14155550132" }, expirationDateTime = "2020-01-01T00:00:00.000Z" });

        response.ShouldBeProblem(400, ApiErrorCodes.InvalidValue).GetProperty("field").GetString().ShouldBe("$.expirationDateTime");
        _app.Emulator.Requests.Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_dnc_list_that_is_not_internal_passes_on_the_genesys_400()
    {
        var response = await SendAsync(Seed.DncComRegistry, new { phoneNumbers = new[] { "+14155550132" } });

        response.ShouldBeProblem(400, GenesysErrorCodes.DncListNotInternal).GetProperty("genesysCode").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
