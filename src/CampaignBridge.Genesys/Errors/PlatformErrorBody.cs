using System.Text.Json;

namespace CampaignBridge.Genesys.Errors;

/// <summary>
/// The Platform API <c>ErrorBody</c> (<c>{message, code, status, messageParams, contextId, ...}</c>), parsed
/// leniently: a body that is not JSON, or has unexpected types, still yields what could be read.
/// </summary>
internal sealed record PlatformErrorBody(
    string? Message,
    string? Code,
    IReadOnlyDictionary<string, string> MessageParams,
    string? ContextId)
{
    public static PlatformErrorBody Empty { get; } = new(null, null, new Dictionary<string, string>(), null);

    public static PlatformErrorBody Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("messageParams", out var messageParams) && messageParams.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in messageParams.EnumerateObject())
                {
                    parameters[property.Name] = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString() ?? string.Empty
                        : property.Value.GetRawText();
                }
            }

            return new PlatformErrorBody(String(root, "message"), String(root, "code"), parameters, String(root, "contextId"));
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static string? String(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
