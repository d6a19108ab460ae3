using System.Globalization;
using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Http;
using Functions.TestHost.Invocations;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Host.Tests.Http;

/// <summary>
/// A caller that gives up (Apex's callout timeout, a closed connection) in the middle of a call: the invocation ends
/// without a failed execution and without an Error line, and the app says once, at Information, that the caller left.
/// </summary>
public sealed class CancellationTests(CampaignBridgeProcess app)
{
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(1.5);

    public static TheoryData<string> HttpFunctions => IndexedFunctions.Http();

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public async Task A_caller_that_gives_up_mid_call_ends_the_invocation_without_an_error_or_a_failed_execution(string function)
    {
        HttpFunctionCases.ByFunction.ShouldContainKey(function, $"{function} has no case in HttpFunctionCases: add one.");
        var @case = HttpFunctionCases.ByFunction[function];
        using var setup = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = await @case.Prepare(app, setup.Token);
        var before = app.Host.Invocations.Count;

        await GiveUpAsync(@case.Hold, request);

        var record = await WaitForRecordAsync(function, before);
        record.Status.ShouldNotBe(InvocationStatus.Failed, record.ToString());
        var lines = app.Host.Log.ForInvocation(record.InvocationId);
        lines.Where(l => l.Level >= LogLevel.Error).ShouldBeEmpty(string.Join(Environment.NewLine, lines));
        record.CancelSent.ShouldBeTrue(record.ToString());
        lines.Count(l => l.Level == LogLevel.Information && l.Message.Contains("the caller closed the request", StringComparison.Ordinal))
            .ShouldBe(1, string.Join(Environment.NewLine, lines));
    }

    private async Task GiveUpAsync(CallerHold hold, HttpRequestMessage request)
    {
        switch (hold)
        {
            case CallerHold.GenesysLatency:
                app.Emulator.Faults.Latency = TimeSpan.FromSeconds(5);
                try
                {
                    await GiveUpOverHttpClientAsync(request);
                }
                finally
                {
                    app.Emulator.Faults.Latency = TimeSpan.Zero;
                }

                break;
            case CallerHold.PausedStorage:
                using (app.PauseStorage())
                {
                    await GiveUpOverHttpClientAsync(request);
                }

                break;
            case CallerHold.StalledBody:
                var body = await request.Content!.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
                await RawHttp.SendHalfAndGiveUpAsync(app.Host.BaseAddress, HeadOf(request, null), body, Task.Delay(GiveUpAfter, TestContext.Current.CancellationToken), TimeSpan.FromSeconds(10));
                break;
            default:
                request.Headers.Add(HttpInvocationHandler.HoldForwardHeader, "4000");
                await GiveUpOverHttpClientAsync(request);
                break;
        }
    }

    private async Task GiveUpOverHttpClientAsync(HttpRequestMessage request)
    {
        using var giveUp = new CancellationTokenSource(GiveUpAfter);
        await Should.ThrowAsync<OperationCanceledException>(() => app.Client.SendAsync(request, giveUp.Token));
    }

    // A null length sends the body chunked.
    private string HeadOf(HttpRequestMessage request, int? contentLength)
    {
        var headers = new List<string>();
        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers.Add("Content-Type: " + contentType);
        }

        headers.Add(contentLength is { } length ? "Content-Length: " + length.ToString(CultureInfo.InvariantCulture) : "Transfer-Encoding: chunked");
        return RawHttp.Head(request.Method.Method, request.RequestUri!.OriginalString, app.Host.BaseAddress, [.. headers]);
    }

    private async Task<InvocationRecord> WaitForRecordAsync(string function, int before)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if (app.Host.Invocations.Skip(before).FirstOrDefault(r => r.FunctionName == function) is { } record)
            {
                await record.Completed.WaitAsync(TimeSpan.FromSeconds(15));
                return record;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new ShouldAssertException($"No invocation of {function} was started.");
    }
}
