using System.Collections.Concurrent;

namespace CampaignBridge.Genesys.Tests.Support;

/// <summary>
/// A wire-level fake (Duende-style): answers only the requests it was told to expect, in order, and fails the
/// test on anything else. Records every request with its body for byte-exact assertions.
/// </summary>
internal sealed class StrictHttpHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> _expected = new();

    public List<(HttpRequestMessage Request, string? Body)> Received { get; } = [];

    public StrictHttpHandler Expect(Func<HttpRequestMessage, HttpResponseMessage> respond)
    {
        _expected.Enqueue(respond);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request, body));
        }

        if (!_expected.TryDequeue(out var respond))
        {
            throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
        }

        var response = respond(request);
        response.RequestMessage = request;
        return response;
    }
}
