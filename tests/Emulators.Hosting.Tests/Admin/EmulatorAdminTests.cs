using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Emulators.Hosting.Tests.Pipeline;

namespace Emulators.Hosting.Tests.Admin;

/// <summary>The common admin endpoints: faults, latency, requests (redacted) and reset.</summary>
public sealed class EmulatorAdminTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_fault_posted_over_http_is_listed_applied_and_deleted()
    {
        await using var emulator = await TestEmulator.StartAsync();

        using var added = await emulator.Http.PostAsJsonAsync("/__emulator/faults", new { pathPrefix = "/hello", status = 503, count = 1, durationSeconds = 30 }, Cancellation);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var listed = await emulator.Http.GetAsync("/__emulator/faults", Cancellation);
        var rules = JsonDocument.Parse(await listed.Content.ReadAsStringAsync(Cancellation)).RootElement;
        rules.GetArrayLength().ShouldBe(1);
        rules[0].GetProperty("durationSeconds").GetInt32().ShouldBe(30);
        using (var faulted = await emulator.Http.GetAsync("/hello", Cancellation))
        {
            faulted.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }

        using var deleted = await emulator.Http.DeleteAsync("/__emulator/faults", Cancellation);
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        emulator.Faults.Rules.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"status": 99}""")]
    [InlineData("""{"pathPrefix": "/x"}""")]
    [InlineData("""{"status": """)]
    [InlineData("")]
    public async Task A_bad_fault_body_is_a_400_with_a_message(string body)
    {
        await using var emulator = await TestEmulator.StartAsync();

        using var response = await emulator.Http.PostAsync("/__emulator/faults", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        error.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        error.GetProperty("status").GetInt32().ShouldBe(400);
    }

    [Fact]
    public async Task Latency_is_set_over_http_and_a_negative_value_is_refused()
    {
        await using var emulator = await TestEmulator.StartAsync();

        using var set = await emulator.Http.PostAsJsonAsync("/__emulator/latency", new { milliseconds = 25 }, Cancellation);
        using var negative = await emulator.Http.PostAsJsonAsync("/__emulator/latency", new { milliseconds = -1 }, Cancellation);

        set.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        negative.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        emulator.Faults.Latency.ShouldBe(TimeSpan.FromMilliseconds(25));
    }

    [Fact]
    public async Task The_requests_view_is_redacted_even_when_the_recorder_keeps_raw_values_and_can_be_cleared()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/echo") { Content = new StringContent("a=1&secret=hush") })
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "tok-123");
            using var response = await emulator.Http.SendAsync(request, Cancellation);
        }

        var text = await emulator.Http.GetStringAsync("/__emulator/requests", Cancellation);

        text.ShouldNotContain("tok-123");
        text.ShouldNotContain("hush");
        text.ShouldContain("Bearer [redacted]");
        emulator.Recorder.Snapshot().Single().Headers["Authorization"].ShouldBe("Bearer tok-123");
        using var cleared = await emulator.Http.DeleteAsync("/__emulator/requests", Cancellation);
        cleared.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        emulator.Recorder.Snapshot().ShouldBeEmpty();
    }

    [Fact]
    public async Task Reset_calls_the_emulators_reset()
    {
        await using var emulator = await TestEmulator.StartAsync();

        using var response = await emulator.Http.PostAsync("/__emulator/reset", null, Cancellation);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        emulator.Resets.ShouldBe(1);
    }
}
