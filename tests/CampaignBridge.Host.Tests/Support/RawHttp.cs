using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>
/// HTTP/1.1 over a bare socket, for what HttpClient will not send: a body that stops half way, a malformed chunked
/// body, a caller that closes the connection without reading the answer. Loopback only; every wait is bounded.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends the request line, headers and <paramref name="body"/> bytes exactly as given, then reads the answer until the server closes (or the timeout).</summary>
    public static Task<string> SendAsync(Uri host, string head, byte[] body, TimeSpan timeout)
        => SendInPartsAsync(host, head, [body], TimeSpan.Zero, timeout);

    /// <summary>Like <see cref="SendAsync"/>, with a pause between the parts of the body (so that the host forwards the first before the next arrives).</summary>
    public static async Task<string> SendInPartsAsync(Uri host, string head, IReadOnlyList<byte[]> parts, TimeSpan pause, TimeSpan timeout)
    {
        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(timeout);
        await client.ConnectAsync(host.Host, host.Port, deadline.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), deadline.Token);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                await Task.Delay(pause, deadline.Token);
            }

            await stream.WriteAsync(parts[i], deadline.Token);
            await stream.FlushAsync(deadline.Token);
        }
        var answer = new MemoryStream();
        var buffer = new byte[8192];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, deadline.Token)) > 0)
            {
                answer.Write(buffer, 0, read);
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            // Reset or timed out: return what arrived.
        }

        return Encoding.UTF8.GetString(answer.ToArray());
    }

    /// <summary>Request line and headers of <paramref name="method"/> <paramref name="pathAndQuery"/> with the given extra header lines.</summary>
    public static string Head(string method, string pathAndQuery, Uri host, params string[] headers)
        => $"{method} /{pathAndQuery.TrimStart('/')} HTTP/1.1\r\nHost: {host.Host}:{host.Port.ToString(CultureInfo.InvariantCulture)}\r\n"
           + string.Concat(headers.Select(h => h + "\r\n")) + "Connection: close\r\n\r\n";

    /// <summary>Sends the head and <paramref name="bytes"/>, keeps the connection open for <paramref name="holdOpen"/>, then closes it without reading.</summary>
    public static async Task SendAndCloseAsync(Uri host, string head, byte[] bytes, TimeSpan holdOpen)
    {
        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(holdOpen + TimeSpan.FromSeconds(10));
        await client.ConnectAsync(host.Host, host.Port, deadline.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), deadline.Token);
        await stream.WriteAsync(bytes, deadline.Token);
        await stream.FlushAsync(deadline.Token);
        await Task.Delay(holdOpen, deadline.Token);
    }

    /// <summary>One chunk of a chunked body: size in hex, CRLF, data, CRLF.</summary>
    public static byte[] Chunk(ReadOnlySpan<byte> data)
        => [.. Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"), .. data, .. "\r\n"u8];

    /// <summary>The status code of a raw answer, or 0 when none arrived.</summary>
    public static int StatusOf(string answer)
        => answer.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(answer.AsSpan(9, 3), CultureInfo.InvariantCulture, out var status) ? status : 0;

    /// <summary>
    /// Opens a connection, sends the head (which must say <c>Transfer-Encoding: chunked</c>) and the first half of
    /// <paramref name="body"/> as one chunk, keeps the connection open until <paramref name="giveUp"/> completes, then
    /// closes it without reading. Chunked, because the host reads a body with a Content-Length itself (for binding
    /// data) before the worker sees the call, while a chunked body streams through to the function.
    /// </summary>
    public static async Task SendHalfAndGiveUpAsync(Uri host, string head, byte[] body, Task giveUp, TimeSpan timeout)
    {
        using var client = new TcpClient();
        using var deadline = new CancellationTokenSource(timeout);
        await client.ConnectAsync(host.Host, host.Port, deadline.Token);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), deadline.Token);
        await stream.WriteAsync(Chunk(body.AsSpan(0, body.Length / 2)), deadline.Token);
        await stream.FlushAsync(deadline.Token);
        await giveUp.WaitAsync(deadline.Token);
    }
}
