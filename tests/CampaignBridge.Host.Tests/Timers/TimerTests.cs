using System.Net.Http.Json;
using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Invocations;

namespace CampaignBridge.Host.Tests.Timers;

/// <summary>Every timer function fires once through the host's admin call and succeeds.</summary>
public sealed class TimerTests(CampaignBridgeProcess app)
{
    public static TheoryData<string> TimerFunctions => IndexedFunctions.Timers();

    [Theory]
    [MemberData(nameof(TimerFunctions))]
    public async Task Each_timer_fires_once_and_succeeds(string function)
    {
        var before = app.Host.Invocations.Count;

        using var response = await app.Client.PostAsJsonAsync($"admin/functions/{function}?wait=true", new { input = string.Empty }, TestContext.Current.CancellationToken);

        var answer = await HostAnswer.ReadAsync(response, TestContext.Current.CancellationToken);
        answer.Status.ShouldBe(200, answer.ToString());
        var record = app.Host.Invocations.Skip(before).ShouldHaveSingleItem();
        record.FunctionName.ShouldBe(function);
        record.Status.ShouldBe(InvocationStatus.Succeeded, record.ToString());
    }

    [Fact]
    public async Task The_admin_call_answers_202_at_once_as_the_host_does()
    {
        using var response = await app.Client.PostAsJsonAsync($"admin/functions/{IndexedFunctions.Timers().First().Data}", new { input = string.Empty }, TestContext.Current.CancellationToken);

        ((int)response.StatusCode).ShouldBe(202);
    }
}
