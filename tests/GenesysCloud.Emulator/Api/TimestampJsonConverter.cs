using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>Writes instants as Genesys does, <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> in UTC (the same text as <see cref="EmulatorState.Timestamp"/>).</summary>
internal sealed class TimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EmulatorState.Timestamp(value));
}
