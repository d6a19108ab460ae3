using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>The request body, read once by the capture middleware and kept for handlers and the recording.</summary>
internal static class RequestBody
{
    private const string ItemKey = "emulator.body";

    public static async Task<byte[]> CaptureAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        context.Items[ItemKey] = bytes;
        // Handlers (and form parsing) read the body again from the start.
        context.Request.Body = new MemoryStream(bytes, writable: false);
        return bytes;
    }

    public static byte[] Bytes(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var bytes) && bytes is byte[] array ? array : [];

    public static string Text(HttpContext context) => Encoding.UTF8.GetString(Bytes(context));

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

    /// <summary>Reads a JSON body of a JSON endpoint: 415 for another content type, 400 <c>bad.request</c> when malformed.</summary>
    public static bool TryReadJson(HttpContext context, out JsonNode? node, out IResult? error)
    {
        node = null;
        if (!IsJsonContentType(context))
        {
            error = ApiError.UnsupportedMediaType(context);
            return false;
        }

        var bytes = Bytes(context);
        try
        {
            node = bytes.Length == 0 ? null : JsonNode.Parse(bytes);
        }
        catch (JsonException)
        {
            error = ApiError.MalformedJson(context);
            return false;
        }

        if (node is null)
        {
            error = ApiError.MalformedJson(context);
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>A JSON array of strings (contact ids, phone numbers); anything else is 400 <c>bad.request</c>.</summary>
    public static bool TryReadStringArray(HttpContext context, out List<string> values, out IResult? error)
    {
        values = [];
        if (!TryReadJson(context, out var node, out error))
        {
            return false;
        }

        if (node is not JsonArray array)
        {
            error = ApiError.MalformedJson(context);
            return false;
        }

        foreach (var item in array)
        {
            if (item is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                error = ApiError.MalformedJson(context);
                return false;
            }

            values.Add(text);
        }

        return true;
    }
}
