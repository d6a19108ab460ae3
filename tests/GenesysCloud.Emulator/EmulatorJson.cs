using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>JSON settings of the wire and the admin endpoints (camelCase like Genesys, nulls left out); seed files use <c>Emulators.Hosting.SeedJson</c>.</summary>
internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new TimestampJsonConverter() },
    };
}
