using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Genesys.Serialization;

/// <summary>Source-generated JSON metadata for every wire model (camelCase, nulls omitted as Genesys does).</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Campaign))]
[JsonSerializable(typeof(CampaignEntityListing))]
[JsonSerializable(typeof(CampaignProgress))]
[JsonSerializable(typeof(CampaignStats))]
[JsonSerializable(typeof(ContactList))]
[JsonSerializable(typeof(DncList))]
[JsonSerializable(typeof(IReadOnlyList<WritableDialerContact>))]
[JsonSerializable(typeof(IReadOnlyList<DialerContact>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(ConversationQuery))]
[JsonSerializable(typeof(ConversationQueryResponse))]
[JsonSerializable(typeof(WrapUpCodeListing))]
[JsonSerializable(typeof(ContactListExportUri))]
internal sealed partial class GenesysJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context used on the wire: as <see cref="JsonSerializerContext"/> defaults, but without escaping <c>+</c> and
    /// non-ASCII letters (bodies are API payloads, never embedded in HTML), so phone numbers read as sent.
    /// </summary>
    public static GenesysJsonContext Wire { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
