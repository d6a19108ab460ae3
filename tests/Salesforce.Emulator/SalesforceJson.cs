using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Salesforce.Emulator;

/// <summary>JSON settings: the REST wire (names as written, quotes unescaped like Salesforce) and the admin endpoints (camelCase).</summary>
internal static class SalesforceJson
{
    public const string ContentType = "application/json;charset=UTF-8";

    public static readonly JsonSerializerOptions Wire = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Admin = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
