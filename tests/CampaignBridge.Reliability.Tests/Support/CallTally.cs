using System.Collections.Concurrent;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>Counts the answers of a scenario's calls: succeeded, failed clearly, failed otherwise (kept for the assertion message).</summary>
public sealed class CallTally
{
    private readonly ConcurrentQueue<FunctionAnswer> _answers = new();

    public int Requests => _answers.Count;

    public int Succeeded => _answers.Count(a => a.Succeeded);

    public int FailedClearly => _answers.Count(a => !a.Succeeded && a.IsClearFailure);

    public IReadOnlyList<FunctionAnswer> Unclear => [.. _answers.Where(a => !a.Succeeded && !a.IsClearFailure)];

    public IReadOnlyList<FunctionAnswer> Failures => [.. _answers.Where(a => !a.Succeeded)];

    public FunctionAnswer Add(FunctionAnswer answer)
    {
        _answers.Enqueue(answer);
        return answer;
    }

    /// <summary>Distinct failure codes with their statuses, e.g. "502 genesys.unavailable x3".</summary>
    public string FailureSummary() => string.Join(", ", Failures
        .GroupBy(a => $"{a.Status} {a.Code ?? "(no code)"}")
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} x{g.Count()}"));

    public ScenarioFigures Figures(string suite, string scenario, int upstreamCalls, string notes, int lost = 0, int duplicated = 0)
        => new(suite, scenario, Requests, Succeeded, FailedClearly, Unclear.Count, lost, duplicated, upstreamCalls,
            string.IsNullOrEmpty(FailureSummary()) ? notes : $"{notes} Failures: {FailureSummary()}.");
}
