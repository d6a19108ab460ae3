using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Source-generated JSON metadata of the REST wire models (camelCase property names as the REST API uses them).
/// Records to write go through <see cref="WritableSObjectJsonConverter"/>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(WritableSObjectJsonConverter)])]
[JsonSerializable(typeof(CollectionRequest))]
[JsonSerializable(typeof(IReadOnlyList<SaveResult>))]
[JsonSerializable(typeof(QueryPage))]
[JsonSerializable(typeof(SObjectDescription))]
internal sealed partial class SalesforceJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context used on the wire: as the generated defaults, but without escaping <c>+</c>, quotes and non-ASCII
    /// letters (bodies are API payloads, never embedded in HTML), so phone numbers and names read as sent.
    /// </summary>
    public static SalesforceJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new WritableSObjectJsonConverter() },
    });
}
