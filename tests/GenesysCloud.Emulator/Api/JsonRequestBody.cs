using System.Text.Json;
using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>The captured body (<see cref="RequestBody"/>) read as the JSON of a Genesys endpoint, answering Genesys errors when it is not.</summary>
internal static class JsonRequestBody
{
    /// <summary>Reads a JSON body of a JSON endpoint: 415 for another content type, 400 <c>bad.request</c> when malformed.</summary>
    public static bool TryReadJson(HttpContext context, out JsonNode? node, out IResult? error)
    {
        node = null;
        if (!RequestBody.IsJsonContentType(context))
        {
            error = ApiError.UnsupportedMediaType(context);
            return false;
        }

        var bytes = RequestBody.Bytes(context);
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
