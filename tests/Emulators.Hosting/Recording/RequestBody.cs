using System.Text;
using Microsoft.AspNetCore.Http;

namespace Emulators.Hosting;

/// <summary>The request body, read once by the capture middleware and kept for handlers and the recording.</summary>
public static class RequestBody
{
    private const string ItemKey = "emulator.body";

    /// <summary>Reads the whole body into memory and replaces the stream so handlers (and form parsing) can read it again.</summary>
    public static async Task<byte[]> CaptureAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        context.Items[ItemKey] = bytes;
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    /// <summary>The captured body (empty when none was captured).</summary>
    public static byte[] Bytes(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var bytes) && bytes is byte[] array ? array : [];

    /// <summary>The captured body as UTF-8 text.</summary>
    public static string Text(HttpContext context) => Encoding.UTF8.GetString(Bytes(context));

    /// <summary>True for <c>application/json</c> and any <c>+json</c> media type (parameters ignored).</summary>
    public static bool IsJsonContentType(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}
