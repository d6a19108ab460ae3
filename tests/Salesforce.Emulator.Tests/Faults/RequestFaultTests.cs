using System.Diagnostics;
using System.Net;
using Emulators.Hosting;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Faults;

/// <summary>Request-level faults (reference §4.1, §8.10): 503 SERVER_UNAVAILABLE n times or for a while, 500, 403 REQUEST_LIMIT_EXCEEDED, latency, dropped connections.</summary>
public sealed class RequestFaultTests
{
    private const string Path = "/services/data/v65.0/sobjects";

    [Fact]
    public async Task Server_unavailable_n_times_answers_503_with_the_error_array_and_then_recovers()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.ServerUnavailable(count: 2);

        for (var i = 0; i < 2; i++)
        {
            using var faulted = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("c")));
            await faulted.ShouldBeRestErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE");
            faulted.LimitInfo().ShouldNotBeNull();
        }

        (await session.UpsertTasksAsync(token, false, TaskRecords.Call("c")))[0].ShouldBeSaved("00T", created: true);
    }

    [Fact]
    public async Task Salesforce_down_for_ten_minutes_of_emulator_time()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.ServerUnavailable(duration: TimeSpan.FromMinutes(10));

        for (var minute = 0; minute < 10; minute++)
        {
            using var down = await session.GetAsync(Path, token);
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            time.Advance(TimeSpan.FromMinutes(1));
        }

        using var up = await session.GetAsync(Path, token);
        up.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_versions_list_and_the_token_endpoint_stay_up_during_a_REST_outage()
    {
        await using var session = await SalesforceSession.StartAsync();
        session.Emulator.Faults.ServerUnavailable();

        using var versions = await session.GetAsync("/services/data/", token: null);
        var token = await session.GetTokenAsync();

        versions.StatusCode.ShouldBe(HttpStatusCode.OK);
        token.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_internal_error_is_500_UNKNOWN_EXCEPTION()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.InternalServerError(count: 1);

        using var response = await session.GetAsync(Path, token);

        await response.ShouldBeRestErrorAsync(HttpStatusCode.InternalServerError, "UNKNOWN_EXCEPTION");
    }

    [Fact]
    public async Task A_request_limit_fault_answers_the_403_body_without_touching_the_usage()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.RequestLimitExceeded(count: 1);

        using var response = await session.GetAsync(Path, token);

        (await response.ShouldBeRestErrorAsync(HttpStatusCode.Forbidden, "REQUEST_LIMIT_EXCEEDED")).GetProperty("message").GetString()
            .ShouldBe("TotalRequests Limit exceeded.");
        session.Emulator.ApiUsage.Used.ShouldBe(0);
    }

    [Fact]
    public async Task A_fault_added_over_http_with_a_duration_and_a_method_applies_only_to_that_method()
    {
        var time = new FakeTimeProvider();
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        using (var add = await session.AdminPostAsync("/__emulator/faults", new { pathPrefix = "/services/data/v65.0/composite", method = "PATCH", status = 503, durationSeconds = 60, code = "SERVER_UNAVAILABLE", message = "Maintenance" }))
        {
            (await add.ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("durationSeconds").GetInt32().ShouldBe(60);
        }

        using (var get = await session.GetAsync(Path, token))
        {
            get.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var patch = await session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("c"))))
        {
            (await patch.ShouldBeRestErrorAsync(HttpStatusCode.ServiceUnavailable, "SERVER_UNAVAILABLE")).GetProperty("message").GetString().ShouldBe("Maintenance");
        }

        time.Advance(TimeSpan.FromSeconds(60));
        (await session.UpsertTasksAsync(token, false, TaskRecords.Call("c")))[0].ShouldBeSaved("00T", created: true);
    }

    [Fact]
    public async Task A_token_endpoint_fault_answers_in_the_OAuth_shape()
    {
        await using var session = await SalesforceSession.StartAsync();
        session.Emulator.Faults.Add(new FaultRule { PathPrefix = SalesforceSession.TokenPath, Status = 503, Count = 1 });

        using var response = await session.RequestTokenAsync(ClientApps.CampaignBridge);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("error").GetString().ShouldBe("unknown_error");
        session.Emulator.TokenRequestCount.ShouldBe(1);
    }

    [Fact]
    public async Task Latency_delays_requests_on_the_real_clock()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.Latency = TimeSpan.FromMilliseconds(80);

        var stopwatch = Stopwatch.StartNew();
        using var response = await session.GetAsync(Path, token);
        stopwatch.Stop();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stopwatch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(80);
    }

    [Fact]
    public async Task A_dropped_connection_gives_the_client_no_answer_and_is_recorded_with_status_0()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.DropConnections(count: 1);

        await Should.ThrowAsync<HttpRequestException>(() => session.PatchAsync(TaskRecords.UpsertPath, token, TaskRecords.Body(false, TaskRecords.Call("c"))));

        session.Emulator.Requests.Single(r => r.Path == TaskRecords.UpsertPath).StatusCode.ShouldBe(0);
        session.Emulator.Tasks.ShouldBeEmpty();
        (await session.UpsertTasksAsync(token, false, TaskRecords.Call("c")))[0].ShouldBeSaved("00T", created: true);
    }

    [Fact]
    public async Task Clear_removes_request_and_record_faults()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        session.Emulator.Faults.ServerUnavailable();
        session.Emulator.Faults.LockRow(SeedIds.ConversationField, "c");

        session.Emulator.Faults.Clear();

        (await session.UpsertTasksAsync(token, false, TaskRecords.Call("c")))[0].ShouldBeSaved("00T", created: true);
    }
}
