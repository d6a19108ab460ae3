using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.Http;

/// <summary>The traceId of a problem+json is the request's W3C trace id, and the log lines of the request name it.</summary>
public sealed class TraceIdTests(CampaignBridgeProcess app)
{
    [Fact]
    public async Task A_problem_continues_the_callers_trace_and_its_trace_id_is_in_the_log_lines_of_its_request()
    {
        const string traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/campaigns/not-a-guid");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");

        var answer = await app.SendAsync(request, TestContext.Current.CancellationToken);

        answer.Status.ShouldBe(400, answer.ToString());
        answer.Json().GetProperty("traceId").GetString().ShouldBe(traceId);
        app.Host.Log.ForInvocation(answer.InvocationId!).ShouldContain(l => l.Text.Contains(traceId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_callers_trace_the_problem_carries_the_trace_the_host_started()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/campaigns/not-a-guid");

        var answer = await app.SendAsync(request, TestContext.Current.CancellationToken);

        var record = await app.Host.WaitForInvocationAsync(answer.InvocationId!, TimeSpan.FromSeconds(10));
        answer.Json().GetProperty("traceId").GetString().ShouldBe(record.TraceParent.Split('-')[1]);
    }
}
