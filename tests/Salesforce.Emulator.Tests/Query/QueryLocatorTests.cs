using System.Net;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Query;

/// <summary>Query locators behind <c>nextRecordsUrl</c>: they expire after <c>settings.queryLocatorLifetimeMinutes</c> without use.</summary>
public sealed class QueryLocatorTests
{
    [Fact]
    public async Task A_locator_unused_for_its_lifetime_is_an_invalid_query_locator()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.QueryBatchSize = 1), time);
        var token = await session.GetTokenAsync();
        using var first = await session.QueryAsync("SELECT Id FROM Contact", token);
        var next = (await first.ShouldBeJsonAsync()).GetProperty("nextRecordsUrl").GetString()!;

        time.Advance(TimeSpan.FromMinutes(SalesforceSettings.DefaultQueryLocatorLifetimeMinutes) - TimeSpan.FromSeconds(1));
        using (var stillOpen = await session.GetAsync(next, token))
        {
            stillOpen.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        time.Advance(TimeSpan.FromMinutes(SalesforceSettings.DefaultQueryLocatorLifetimeMinutes));
        using var expired = await session.GetAsync(next, token);

        (await expired.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_QUERY_LOCATOR")).GetProperty("message").GetString().ShouldBe("invalid query locator");
    }

    [Theory]
    [InlineData("01g5g0000000000-2")]
    [InlineData("garbage")]
    public async Task An_unknown_locator_is_an_invalid_query_locator(string locator)
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync($"/services/data/v65.0/query/{locator}", token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.BadRequest, "INVALID_QUERY_LOCATOR");
    }

    [Fact]
    public async Task A_page_shows_the_records_as_they_were_when_the_query_ran()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.QueryBatchSize = 1));
        var token = await session.GetTokenAsync();
        using var first = await session.QueryAsync($"SELECT Id, DoNotCall FROM Lead WHERE Id IN ('{SeedIds.Ada}', '{SeedIds.Grace}') ORDER BY LastName", token);
        var next = (await first.ShouldBeJsonAsync()).GetProperty("nextRecordsUrl").GetString()!;
        await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)));

        using var second = await session.GetAsync(next, token);

        var record = (await second.ShouldBeJsonAsync()).GetProperty("records").EnumerateArray().Single();
        record.GetProperty("Id").GetString().ShouldBe(SeedIds.Ada);
        record.GetProperty("DoNotCall").GetBoolean().ShouldBeFalse();
    }
}
