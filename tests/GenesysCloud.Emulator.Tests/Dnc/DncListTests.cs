using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Dnc;

/// <summary>GET /api/v2/outbound/dnclists/{id} and POST .../phonenumbers, reference §3.1 and §3.7.</summary>
public sealed class DncListTests
{
    private const string InternalNumbersPath = $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers";

    [Theory]
    [InlineData(SeedIds.InternalDnc, "Internal DNC", "rds")]
    [InlineData(SeedIds.DncComRegistry, "DNC.com Registry", "dnc.com")]
    public async Task A_seeded_dnc_list_comes_back_with_its_source_type(string id, string name, string sourceType)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        using var response = await session.GetAsync($"/api/v2/outbound/dnclists/{id}", token);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("id").GetString().ShouldBe(id);
        body.GetProperty("name").GetString().ShouldBe(name);
        body.GetProperty("dncSourceType").GetString().ShouldBe(sourceType);
    }

    [Fact]
    public async Task Numbers_added_to_the_internal_list_are_kept()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(InternalNumbersPath, token, new[] { "+13175550100", "+13175550101" });

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).Keys.ShouldBe(["+13175550100", "+13175550101"], ignoreOrder: true);
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).Values.ShouldAllBe(expiry => expiry == null);
    }

    [Fact]
    public async Task An_expiration_date_time_in_the_documented_format_is_accepted()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(InternalNumbersPath + "?expirationDateTime=2027-01-31T23:59Z", token, new[] { "+13175550100" });

        await response.ShouldBeEmptyOkAsync();
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc)["+13175550100"].ShouldBe(new DateTimeOffset(2027, 1, 31, 23, 59, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("31/01/2027")]
    public async Task An_expiration_date_time_that_is_not_a_date_is_invalid_date_value(string expiration)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync($"{InternalNumbersPath}?expirationDateTime={Uri.EscapeDataString(expiration)}", token, new[] { "+13175550100" });

        // §8.4 (CLI 166): the DNC add's date code is invalid.date.value.
        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.date.value");
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_phone_number_body_that_is_not_an_array_of_strings_is_bad_request()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync(InternalNumbersPath, token, new { phoneNumbers = new[] { "+13175550100" } });

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).ShouldBeEmpty();
    }

    [Fact]
    public async Task Numbers_cannot_be_appended_to_a_list_that_is_not_internal()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync($"/api/v2/outbound/dnclists/{SeedIds.DncComRegistry}/phonenumbers", token, new[] { "+13175550100" });

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "dnc.source.operation.not.supported");
        body.GetProperty("message").GetString().ShouldBe("An attempt was made to append numbers to a DNC list that is not of type Internal");
        session.Emulator.DncNumbersIn(SeedIds.DncComRegistry).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_dnc_list_is_dnc_list_not_found_for_reads_and_appends()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var read = await session.GetAsync($"/api/v2/outbound/dnclists/{SeedIds.UnknownGuid}", token))
        {
            await read.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "dnc.list.not.found");
        }

        using var append = await session.PostJsonAsync($"/api/v2/outbound/dnclists/{SeedIds.UnknownGuid}/phonenumbers", token, new[] { "+13175550100" });
        await append.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "dnc.list.not.found");
    }
}
