using System.Globalization;
using System.Text;
using System.Text.Json;
using Functions.TestHost.Protocol;
using Microsoft.AspNetCore.Http;

namespace Functions.TestHost.Http;

/// <summary>
/// The trigger metadata of an HTTP invocation (reference §4): the top-level members of a JSON object body (only when
/// Content-Length &gt; 0, as the host reads only such bodies), each query parameter except <c>code</c>, each route value,
/// and <c>Query</c> and <c>Headers</c> as JSON. Keys are case-insensitive and later entries overwrite earlier ones.
/// Route values declared as function parameters are bound from here.
/// </summary>
internal static class HttpTriggerMetadata
{
    public static async Task<Dictionary<string, TypedData>> BuildAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var data = new Dictionary<string, TypedData>(StringComparer.OrdinalIgnoreCase);
        if (request.ContentLength > 0)
        {
            request.EnableBuffering();
            using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
            {
                AddBodyMembers(data, await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
            }

            request.Body.Position = 0;
        }

        var query = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Query)
        {
            var last = values.LastOrDefault() ?? string.Empty;
            query[name] = last;
            if (!string.Equals(name, "code", StringComparison.OrdinalIgnoreCase))
            {
                data[name] = new TypedData { String = last };
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is not null)
            {
                data[name] = new TypedData { String = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty };
            }
        }

        data["Query"] = new TypedData { Json = JsonSerializer.Serialize(query) };
        data["Headers"] = new TypedData { Json = JsonSerializer.Serialize(request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString())) };
        return data;
    }

    private static void AddBodyMembers(Dictionary<string, TypedData> data, string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var member in document.RootElement.EnumerateObject())
            {
                var value = member.Value.ValueKind switch
                {
                    JsonValueKind.String => new TypedData { String = member.Value.GetString() },
                    JsonValueKind.Object => new TypedData { Json = member.Value.GetRawText() },
                    JsonValueKind.Number => new TypedData { String = member.Value.GetRawText() },
                    JsonValueKind.True => new TypedData { String = bool.TrueString },
                    JsonValueKind.False => new TypedData { String = bool.FalseString },
                    _ => null,
                };
                if (value is not null)
                {
                    data[member.Name] = value;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the host binds nothing from the body.
        }
    }
}
