using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Http;
using Functions.TestHost.Invocations;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Host.Tests.Http;

/// <summary>
/// When the host's forwarder fails before the worker receives the request (a chunked body malformed from its first
/// bytes can do it: YARP's RequestBodyClient), the worker's ASP.NET Core integration waits its 15 s for a request that
/// never comes and then throws; the issue saw callers wait 7-15 s. The wait is the host's and the integration's; the
/// app's part is that the invocation then ends with a Warning, not an Error and a failed execution. The test host's
/// skip-forward knob makes that case deterministic.
/// </summary>
public sealed class UnforwardedRequestTests(CampaignBridgeProcess app)
{
    [Fact]
    public async Task A_request_the_host_never_forwards_ends_after_the_workers_wait_with_a_warning_not_an_error()
    {
        using var request = HttpFunctionCases.Request(HttpMethod.Post, $"api/contactlists/{SeedIds.SalesforceLeads}/contacts/remove", """{"contactIds":["x"]}""", "application/json");
        request.Headers.Add(HttpInvocationHandler.SkipForwardHeader, "true");

        var answer = await app.SendAsync(request, TestContext.Current.CancellationToken);

        answer.Status.ShouldBe(502);
        var record = await app.Host.WaitForInvocationAsync(answer.InvocationId.ShouldNotBeNull(), TimeSpan.FromSeconds(30));
        record.Status.ShouldNotBe(InvocationStatus.Failed, record.ToString());
        var lines = app.Host.Log.ForInvocation(record.InvocationId);
        lines.Where(l => l.Level is >= LogLevel.Error and not LogLevel.None)
            .ShouldBeEmpty(string.Join(Environment.NewLine, lines));
        lines.ShouldContain(l => l.Level == LogLevel.Warning && l.Message.Contains("never forwarded", StringComparison.Ordinal));
    }
}
