using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Conformance;

/// <summary>The 400 codes of the DNC add (§8.4, CLI 166) with the limits as seed settings (values not published).</summary>
public sealed class DncCapacityTests
{
    private const string NumbersPath = $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers";

    [Fact]
    public async Task A_list_that_would_exceed_its_limit_refuses_the_whole_request_with_the_list_code()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.DncLimits.PerList = 2));
        var token = await session.GetTokenAsync();
        await AddOkAsync(session, token, "+13175550001", "+13175550002");

        using var full = await session.PostJsonAsync(NumbersPath, token, new[] { "+13175550002", "+13175550003" });

        await full.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "dnc.phone.numbers.per.list.limit.exceeded");
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).Keys.ShouldBe(["+13175550001", "+13175550002"], ignoreOrder: true);
        await AddOkAsync(session, token, "+13175550001");
    }

    [Fact]
    public async Task The_organization_limit_counts_every_dnc_list()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
        {
            s.Settings.DncLimits.PerOrganization = 3;
            s.DncLists.Single(l => l.Id == SeedIds.DncComRegistry).PhoneNumbers.AddRange(["+13175550901", "+13175550902"]);
        }));
        var token = await session.GetTokenAsync();
        await AddOkAsync(session, token, "+13175550001");

        using var full = await session.PostJsonAsync(NumbersPath, token, new[] { "+13175550002" });

        await full.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "dnc.phone.numbers.per.organization.limit.exceeded");
    }

    [Theory]
    [InlineData(1, 100, "dnc.records.per.list.limit.exceeded")]
    [InlineData(100, 1, "dnc.records.per.organization.limit.exceeded")]
    public async Task With_code_kind_records_the_breach_is_reported_with_the_records_codes(int perList, int perOrganization, string code)
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
        {
            s.Settings.DncLimits.PerList = perList;
            s.Settings.DncLimits.PerOrganization = perOrganization;
            s.Settings.DncLimits.CodeKind = DncLimitSettings.Records;
        }));
        var token = await session.GetTokenAsync();

        using var full = await session.PostJsonAsync(NumbersPath, token, new[] { "+13175550001", "+13175550002" });

        await full.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task More_numbers_than_the_per_request_setting_is_constraint_validation_and_a_blank_number_invalid_property()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.DncLimits.PerRequest = 2));
        var token = await session.GetTokenAsync();

        using var tooMany = await session.PostJsonAsync(NumbersPath, token, new[] { "+13175550001", "+13175550002", "+13175550003" });
        using var blank = await session.PostJsonAsync(NumbersPath, token, new[] { " " });

        await tooMany.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "constraint.validation");
        await blank.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.property");
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).ShouldBeEmpty();
    }

    private static async Task AddOkAsync(EmulatorSession session, string token, params string[] numbers)
    {
        using var response = await session.PostJsonAsync(NumbersPath, token, numbers);
        await response.ShouldBeEmptyOkAsync();
    }
}
