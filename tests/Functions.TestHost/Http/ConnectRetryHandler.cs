namespace Functions.TestHost.Http;

/// <summary>
/// The host's retry for forwarding to the worker (reference §4, RetryProxyHandler): up to 10 tries when the connection
/// fails, waiting 50 ms doubling to at most 250 ms. The worker's Kestrel usually listens before WorkerInitResponse, but
/// not always (its web host is one hosted service among others), so a first call right after the start can meet a
/// closed port. Only failures before anything was sent are retried, so a body is never sent twice.
/// </summary>
internal sealed class ConnectRetryHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public const int MaxTries = 10;

    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException exception) when (attempt < MaxTries && exception.HttpRequestError == HttpRequestError.ConnectionError)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
            }
        }
    }
}
