namespace CampaignBridge.Genesys.Resilience;

/// <summary>
/// The time budget of one client operation (<see cref="GenesysClientOptions.TotalTimeout"/>), shared by every request
/// it makes — a start/stop is up to five requests, all inside the one budget — and linked to the caller's token.
/// </summary>
internal sealed class OperationBudget : IDisposable
{
    private readonly CancellationTokenSource _timeout;
    private readonly CancellationTokenSource _linked;

    public OperationBudget(TimeSpan budget, TimeProvider timeProvider, CancellationToken callerToken)
    {
        Budget = budget;
        Deadline = timeProvider.GetUtcNow() + budget;
        CallerToken = callerToken;
        _timeout = new CancellationTokenSource(budget, timeProvider);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(callerToken, _timeout.Token);
    }

    public TimeSpan Budget { get; }

    public DateTimeOffset Deadline { get; }

    public CancellationToken CallerToken { get; }

    /// <summary>Cancelled when the caller cancels or the budget runs out.</summary>
    public CancellationToken Token => _linked.Token;

    public bool IsExhausted => _timeout.IsCancellationRequested;

    public void Dispose()
    {
        _linked.Dispose();
        _timeout.Dispose();
    }
}
