using CampaignBridge.Reliability.Tests.Support;

namespace CampaignBridge.Reliability.Tests.BadInput;

/// <summary>Every case of <see cref="BadInputCorpus"/>: a 4xx with a clear message, and not one request to Genesys.</summary>
[Trait("Category", "BadInput")]
public sealed class BadInputCorpusTests(ReliabilityRun run)
{
    [Fact]
    public async Task Every_bad_input_is_refused_with_a_clear_4xx_and_never_reaches_Genesys()
    {
        await using var host = await ReliabilityHost.StartAsync(run, new HostOptions { UseStorage = true });
        var problems = new List<string>();
        var tallies = new Dictionary<string, CallTally>(StringComparer.Ordinal) { ["HTTP"] = new(), ["SOAP"] = new() };
        foreach (var badInput in BadInputCorpus.All)
        {
            var before = host.UpstreamCalls;
            var queuedBefore = await host.QueueLengthAsync();
            var answer = tallies[badInput.Surface].Add(await badInput.Send(host));
            var upstream = host.UpstreamCalls - before;
            var queued = await host.QueueLengthAsync() - queuedBefore;
            if (answer.Status is < 400 or >= 500 || !answer.IsClearFailure || upstream != 0 || queued != 0)
            {
                problems.Add($"{badInput}: {answer.Status} {answer.ContentType}, {upstream} upstream calls, {queued} queued; body {Excerpt(answer.Body)}");
            }
        }

        foreach (var (surface, tally) in tallies)
        {
            run.Record(tally.Figures("BadInput", $"{surface} bad-input corpus ({tally.Requests} cases)", host.UpstreamCalls,
                $"Statuses: {string.Join(", ", tally.Failures.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}"))}."));
        }

        BadInputCorpus.All.Count.ShouldBeGreaterThanOrEqualTo(50);
        problems.ShouldBeEmpty();
        host.UpstreamCalls.ShouldBe(0);
    }

    private static string Excerpt(string body) => body.Length <= 300 ? body : body[..300] + "...";
}
