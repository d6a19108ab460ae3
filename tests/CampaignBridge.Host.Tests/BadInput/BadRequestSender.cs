using System.Globalization;
using System.Text;
using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>Sends a <see cref="BadRequestCase"/>: over HttpClient, or over a bare socket for a body that breaks off.</summary>
public static class BadRequestSender
{
    /// <summary>How long a broken chunked body waits after its first chunk.</summary>
    public static readonly TimeSpan ForwardPause = TimeSpan.FromMilliseconds(300);

    public static async Task<HostAnswer> SendAsync(CampaignBridgeProcess app, BadRequestCase badRequest, CancellationToken cancellationToken)
    {
        if (badRequest.Broken is { } broken)
        {
            return await SendBrokenAsync(app.Host.BaseAddress, badRequest, broken);
        }

        using var request = new HttpRequestMessage(new HttpMethod(badRequest.Method), badRequest.PathAndQuery);
        if (badRequest.Body.Length > 0 || badRequest.ContentType is not null)
        {
            request.Content = new ByteArrayContent(badRequest.Body);
            if (badRequest.ContentType is { } contentType)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return await app.SendAsync(request, cancellationToken);
    }

    private static async Task<HostAnswer> SendBrokenAsync(Uri host, BadRequestCase badRequest, BrokenBody broken)
    {
        var contentType = "Content-Type: " + badRequest.ContentType;
        var half = badRequest.Body[..(badRequest.Body.Length / 2)];
        switch (broken)
        {
            case BrokenBody.BadChunkSize:
                // The first chunk is forwarded before the bad one arrives, so the worker is reading the body when it breaks.
                var answer = await RawHttp.SendInPartsAsync(host, RawHttp.Head(badRequest.Method, badRequest.PathAndQuery, host, contentType, "Transfer-Encoding: chunked"),
                    [RawHttp.Chunk(half), [.. "zz\r\n"u8, .. half, .. "\r\n0\r\n\r\n"u8]], ForwardPause, TimeSpan.FromSeconds(20));
                return new HostAnswer(RawHttp.StatusOf(answer), null, answer, null);
            case BrokenBody.ShortChunk:
                var declared = Encoding.ASCII.GetBytes((half.Length + 100).ToString("x", CultureInfo.InvariantCulture) + "\r\n");
                await RawHttp.SendAndCloseAsync(host, RawHttp.Head(badRequest.Method, badRequest.PathAndQuery, host, contentType, "Transfer-Encoding: chunked"),
                    [.. declared, .. half], TimeSpan.FromMilliseconds(500));
                return new HostAnswer(0, null, string.Empty, null);
            default:
                await RawHttp.SendAndCloseAsync(host, RawHttp.Head(badRequest.Method, badRequest.PathAndQuery, host, contentType,
                    "Content-Length: " + (badRequest.Body.Length + 100).ToString(CultureInfo.InvariantCulture)), badRequest.Body, TimeSpan.FromMilliseconds(500));
                return new HostAnswer(0, null, string.Empty, null);
        }
    }
}
