using System.Text.Json;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// A REST request-level error (reference §4.2): a JSON array of <c>{message, errorCode, fields?}</c>; the first item
/// is kept. Parsed leniently: a lone object is accepted, and a body that is not JSON yields <see cref="Empty"/>.
/// </summary>
internal sealed record RestErrorBody(string? Message, string? ErrorCode, IReadOnlyList<string> Fields)
{
    public static RestErrorBody Empty { get; } = new(null, null, []);

    public static RestErrorBody Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var item = root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 ? root[0] : root;
            if (item.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var fields = item.TryGetProperty("fields", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(f => f.ValueKind == JsonValueKind.String).Select(f => f.GetString()!).ToList()
                : [];
            return new RestErrorBody(String(item, "message"), String(item, "errorCode"), fields);
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static string? String(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
