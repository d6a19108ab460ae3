using System.Net;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Rest;

/// <summary>
/// The API allocation (reference §2, §5, §8.4): <c>Sforce-Limit-Info: api-usage=N/M</c> on every REST response, a
/// rolling 24 h count, 403 REQUEST_LIMIT_EXCEEDED once it is used up, and <c>/limits</c>.
/// </summary>
public sealed class ApiLimitTests
{
    private const string Path = "/services/data/v65.0/sobjects";

    [Fact]
    public async Task Every_REST_response_reports_the_usage_including_errors()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using (var first = await session.GetAsync(Path, token))
        {
            first.LimitInfo().ShouldBe($"api-usage=1/{SalesforceSettings.DefaultDailyApiRequestLimit}");
        }

        using (var notFound = await session.GetAsync("/services/data/v65.0/sobjects/Nope/describe", token))
        {
            notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            notFound.LimitInfo().ShouldBe($"api-usage=2/{SalesforceSettings.DefaultDailyApiRequestLimit}");
        }

        using var badQuery = await session.QueryAsync("SELECT FROM", token);
        badQuery.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        badQuery.LimitInfo().ShouldBe($"api-usage=3/{SalesforceSettings.DefaultDailyApiRequestLimit}");
        session.Emulator.ApiUsage.ShouldBe(new ApiUsage(3, SalesforceSettings.DefaultDailyApiRequestLimit));
    }

    [Fact]
    public async Task Once_the_allocation_is_used_up_calls_answer_403_REQUEST_LIMIT_EXCEEDED_and_are_not_counted()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.SetApiUsage(used: 4, limit: 5);

        using (var last = await session.GetAsync(Path, token))
        {
            last.StatusCode.ShouldBe(HttpStatusCode.OK);
            last.LimitInfo().ShouldBe("api-usage=5/5");
        }

        using var refused = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("conv-over")));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .ShouldBe("""[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]""");
        refused.LimitInfo().ShouldBe("api-usage=5/5");
        session.Emulator.Tasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_allocation_is_a_rolling_24_hours_of_emulator_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var seed = Seeds.WithSettings(s =>
        {
            s.DailyApiRequestLimit = 2;
            s.SessionTimeoutMinutes = 3 * 24 * 60;
        });
        await using var session = await SalesforceSession.StartAsync(seed, time);
        var token = await session.GetTokenAsync();
        using (await session.GetAsync(Path, token))
        {
        }

        time.Advance(TimeSpan.FromHours(12));
        using (await session.GetAsync(Path, token))
        {
        }

        using (var full = await session.GetAsync(Path, token))
        {
            await full.ShouldBeRestErrorAsync(HttpStatusCode.Forbidden, "REQUEST_LIMIT_EXCEEDED");
        }

        time.Advance(TimeSpan.FromHours(12));
        using var again = await session.GetAsync(Path, token);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.LimitInfo().ShouldBe("api-usage=2/2");
    }

    [Fact]
    public async Task Usage_set_over_the_admin_endpoint_shows_in_the_header()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        using (var set = await session.AdminPostAsync("/__emulator/api-usage", new { used = 14_999, limit = 15_000 }))
        {
            set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var response = await session.GetAsync(Path, token);

        response.LimitInfo().ShouldBe("api-usage=15000/15000");
        using var usage = await session.Http.GetAsync("/__emulator/api-usage", TestContext.Current.CancellationToken);
        var body = await usage.ShouldBeJsonAsync();
        body.GetProperty("used").GetInt32().ShouldBe(15_000);
        body.GetProperty("limit").GetInt32().ShouldBe(15_000);
    }

    [Fact]
    public async Task Limits_needs_the_View_Setup_permission_which_the_default_run_as_user_lacks()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync("/services/data/v65.0/limits", token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.Forbidden, "INSUFFICIENT_ACCESS");
    }

    [Fact]
    public async Task Limits_reports_daily_API_requests_as_Max_and_Remaining_for_a_user_with_View_Setup()
    {
        var seed = Seeds.With(s => s.Users.Single(u => u.Id == SeedIds.IntegrationUser).ViewSetupAndConfiguration = true);
        await using var session = await SalesforceSession.StartAsync(seed);
        var token = await session.GetTokenAsync();
        session.Emulator.SetApiUsage(10, 100);

        using var response = await session.GetAsync("/services/data/v65.0/limits", token);

        var daily = (await response.ShouldBeJsonAsync()).GetProperty("DailyApiRequests");
        daily.GetProperty("Max").GetInt32().ShouldBe(100);
        daily.GetProperty("Remaining").GetInt32().ShouldBe(89);
    }

    [Fact]
    public async Task Each_collections_request_counts_as_one_call_whatever_its_record_count()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var records = Enumerable.Range(0, 200).Select(i => TaskRecords.Call($"conv-{i:D3}")).ToArray();

        var results = await session.UpsertTasksAsync(token, false, records);

        results.GetArrayLength().ShouldBe(200);
        session.Emulator.ApiUsage.Used.ShouldBe(1);
    }

    [Fact]
    public async Task Setting_a_negative_usage_or_a_zero_limit_is_refused()
    {
        await using var session = await SalesforceSession.StartAsync();

        Should.Throw<ArgumentOutOfRangeException>(() => session.Emulator.SetApiUsage(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => session.Emulator.SetApiUsage(0, 0));
    }
}
