using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Emulators.Hosting.Tests.Pipeline;

/// <summary>The shared capture and fault middlewares, on a minimal emulator over loopback.</summary>
public sealed class EmulatorPipelineTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_host_listens_on_loopback_with_an_OS_chosen_port()
    {
        await using var emulator = await TestEmulator.StartAsync();

        emulator.Host.BaseUrl.Host.ShouldBe("127.0.0.1");
        emulator.Host.BaseUrl.Port.ShouldBeGreaterThan(0);
        emulator.Host.BaseUrl.AbsolutePath.ShouldBe("/");
        (await emulator.Http.GetStringAsync("/hello", Cancellation)).ShouldBe("hi");
    }

    [Fact]
    public async Task An_answered_request_is_recorded_with_its_body_status_and_arrival_time_and_the_body_stays_readable()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        await using var emulator = await TestEmulator.StartAsync(time);

        using var response = await emulator.Http.PostAsync("/echo?x=1", new StringContent("payload", Encoding.UTF8, "text/plain"), Cancellation);

        (await response.Content.ReadAsStringAsync(Cancellation)).ShouldBe("payload");
        var recorded = emulator.Recorder.Snapshot().ShouldHaveSingleItem();
        recorded.ToString().ShouldBe("POST /echo?x=1 -> 200");
        recorded.Body.ShouldBe("payload");
        recorded.Query.ShouldBe("x=1");
        recorded.Timestamp.ShouldBe(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        recorded.Headers["Content-Type"].ShouldStartWith("text/plain");
        emulator.Arrivals.ShouldBe(1);
    }

    [Fact]
    public async Task Admin_requests_are_neither_recorded_nor_faulted()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { Status = 503 });

        using var admin = await emulator.Http.GetAsync("/__emulator/faults", Cancellation);
        using var api = await emulator.Http.GetAsync("/hello", Cancellation);

        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        emulator.Recorder.Snapshot().Select(r => r.Path).ShouldBe(["/hello"]);
        emulator.Arrivals.ShouldBe(2, "OnRequestArrived sees admin requests too");
    }

    [Fact]
    public async Task A_status_fault_is_answered_by_the_emulators_error_writer_and_recorded()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathPrefix = "/hello", Status = 429, Code = "slow.down", Count = 1 });

        using var faulted = await emulator.Http.GetAsync("/hello", Cancellation);
        using var passed = await emulator.Http.GetAsync("/hello", Cancellation);

        faulted.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        faulted.Headers.GetValues(TestEmulator.ErrorHeader).Single().ShouldBe("fault:slow.down");
        passed.StatusCode.ShouldBe(HttpStatusCode.OK);
        emulator.Recorder.Snapshot().Select(r => r.StatusCode).ShouldBe([429, 200]);
    }

    [Fact]
    public async Task A_dropped_connection_gets_no_answer_and_is_recorded_with_status_zero()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { DropConnection = true, Count = 1 });

        await Should.ThrowAsync<HttpRequestException>(() => emulator.Http.GetAsync("/hello", Cancellation));

        emulator.Recorder.Snapshot().ShouldHaveSingleItem().StatusCode.ShouldBe(0);
    }

    [Fact]
    public async Task A_latency_only_rule_delays_and_lets_the_request_through()
    {
        await using var emulator = await TestEmulator.StartAsync();
        emulator.Faults.Add(new FaultRule { PathPrefix = "/hello", LatencyMs = 60, Count = 1 });

        var stopwatch = Stopwatch.StartNew();
        var text = await emulator.Http.GetStringAsync("/hello", Cancellation);
        stopwatch.Stop();

        text.ShouldBe("hi");
        stopwatch.ElapsedMilliseconds.ShouldBeGreaterThanOrEqualTo(60);
    }

    [Fact]
    public async Task An_unhandled_exception_is_answered_by_the_error_writer_and_recorded_as_500()
    {
        await using var emulator = await TestEmulator.StartAsync();

        using var response = await emulator.Http.GetAsync("/boom", Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Headers.GetValues(TestEmulator.ErrorHeader).Single().ShouldBe("unhandled");
        emulator.Recorder.Snapshot().ShouldHaveSingleItem().StatusCode.ShouldBe(500);
    }

    [Fact]
    public async Task Disposing_the_host_stops_the_listener()
    {
        var emulator = await TestEmulator.StartAsync();
        var baseUrl = emulator.Host.BaseUrl;
        await emulator.DisposeAsync();

        using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(5) };
        await Should.ThrowAsync<HttpRequestException>(() => http.GetAsync("/hello", Cancellation));
    }
}
