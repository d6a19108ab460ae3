using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Query;

/// <summary>IN lists of 200 ids per field (reference §3.5) fit; a URI over <c>settings.maxRequestUriLength</c> answers 414.</summary>
public sealed class LongQueryTests
{
    private static string Ids(string prefix, int count) =>
        string.Join(",", Enumerable.Range(0, count).Select(i => $"'{prefix}5g00000{i:D3}Zz'"));

    [Fact]
    public async Task A_member_lookup_with_200_lead_ids_and_200_contact_ids_is_answered()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var soql = $"SELECT Id, Status, LeadId, ContactId FROM CampaignMember WHERE CampaignId = '{SeedIds.WinterRenewals}' "
            + $"AND (LeadId IN ('{SeedIds.Ada}',{Ids("00Q", 199)}) OR ContactId IN ('{SeedIds.Barbara}',{Ids("003", 199)}))";

        using var response = await session.QueryAsync(soql, token);

        (SalesforceSession.QueryPath.Length + Uri.EscapeDataString(soql).Length).ShouldBeGreaterThan(8_192, "longer than Kestrel's default request line");
        var records = (await response.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().Select(r => r.GetProperty("Id").GetString());
        records.ShouldBe([SeedIds.AdaInWinter, SeedIds.BarbaraInWinter]);
    }

    [Fact]
    public async Task A_URI_longer_than_the_setting_answers_414()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.MaxRequestUriLength = 1_000));
        var token = await session.GetTokenAsync();

        using var response = await session.QueryAsync($"SELECT Id FROM Lead WHERE Id IN ({Ids("00Q", 60)})", token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.RequestUriTooLong, "URI_TOO_LONG");
    }
}
