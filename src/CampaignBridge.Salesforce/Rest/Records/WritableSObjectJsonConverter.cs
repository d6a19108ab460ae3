using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Writes a <see cref="WritableSObject"/> as sObject Collections expect it: <c>{"attributes":{"type":T}, "id"?, fields…}</c>.
/// Hand-written (no reflection) because the fields are dynamic; records are never read back.
/// </summary>
internal sealed class WritableSObjectJsonConverter : JsonConverter<WritableSObject>
{
    public override WritableSObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Records to write are never read back.");

    public override void Write(Utf8JsonWriter writer, WritableSObject value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("attributes");
        writer.WriteString("type", value.Type);
        writer.WriteEndObject();
        if (value.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        foreach (var (name, field) in value.Fields)
        {
            writer.WritePropertyName(name);
            field.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
