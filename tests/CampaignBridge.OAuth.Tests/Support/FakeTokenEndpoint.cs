namespace CampaignBridge.OAuth.Tests.Support;

/// <summary>
/// A token endpoint that answers from a script: each request takes the next step (a token or a failure); a request
/// beyond the script fails the test. Counts requests and can hold them until released.
/// </summary>
internal sealed class FakeTokenEndpoint(TimeProvider time) : ITokenEndpoint
{
    private readonly Queue<Func<ClientCredentials, AccessToken>> _steps = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource? _hold;
    private int _requests;

    public string ServiceName => "Test Service";

    public string Authority => "login.example.test";

    public int Requests => Volatile.Read(ref _requests);

    public List<string> ClientIdsAsked { get; } = [];

    public FakeTokenEndpoint Issue(TimeSpan lifetime, string? value = null)
    {
        lock (_gate)
        {
            _steps.Enqueue(credentials => new AccessToken(value ?? $"token-{Guid.NewGuid():N}", credentials.ClientId, time.GetUtcNow(), time.GetUtcNow() + lifetime));
        }

        return this;
    }

    public FakeTokenEndpoint Fail(Exception failure)
    {
        lock (_gate)
        {
            _steps.Enqueue(_ => throw failure);
        }

        return this;
    }

    /// <summary>Requests wait until <see cref="Release"/>.</summary>
    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _hold?.TrySetResult();

    public async Task<AccessToken> RequestAsync(ClientCredentials credentials, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (_hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        Func<ClientCredentials, AccessToken> step;
        lock (_gate)
        {
            ClientIdsAsked.Add(credentials.ClientId);
            step = _steps.Count > 0 ? _steps.Dequeue() : throw new InvalidOperationException("Unexpected token request: the script has no step left.");
        }

        return step(credentials);
    }

    public bool IsCredentialRejection(Exception failure) => failure is TestFailure { ErrorCode: TestFailure.Rejected };

    public Exception TimedOut(TimeSpan timeout, Exception cause) => new TestFailure("timeout", 0, $"no answer in {timeout.TotalSeconds} s");
}
