using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// Turns one JSON record into an <see cref="InputRecord"/>: every property must be a field the user can see
/// (INVALID_FIELD, request- or record-level per <c>unknownFieldScope</c>) and have a value of the field's JSON type
/// (else the whole request fails with JSON_PARSER_ERROR, as a deserialization error does).
/// </summary>
internal static class RecordParser
{
    public static bool TryParse(JsonObject json, int index, SObjectSchema schema, UserSeed user, SalesforceSettings settings, out InputRecord record, out IResult? requestError)
    {
        record = new InputRecord(index, schema, new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase));
        requestError = null;
        foreach (var (name, value) in json)
        {
            if (name == "attributes")
            {
                continue;
            }

            var field = FieldAccess.Visible(user, schema, name);
            if (field is null)
            {
                var message = $"No such column '{name}' on sobject of type {schema.Name}";
                if (settings.UnknownFieldScope == SalesforceSettings.ScopeRequest)
                {
                    requestError = RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.InvalidField, message);
                    return false;
                }

                record.Error ??= new SaveError(RestErrors.InvalidField, message, [name]);
                continue;
            }

            if (!TryConvert(field, value, out var converted, out var problem))
            {
                requestError = RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.JsonParserError, problem!);
                return false;
            }

            record.Values[field.Name] = converted;
        }

        return true;
    }

    /// <summary>A value of the field's JSON type, normalised (ids kept as sent, date-times in Salesforce format).</summary>
    public static bool TryConvert(FieldSchema field, JsonNode? value, out JsonNode? converted, out string? problem)
    {
        converted = null;
        problem = null;
        if (value is null)
        {
            converted = field.Type == FieldType.Boolean ? JsonValue.Create(false) : null;
            return true;
        }

        var kind = value.GetValueKind();
        switch (field.Type)
        {
            case FieldType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                converted = JsonValue.Create(kind == JsonValueKind.True);
                return true;
            case FieldType.Int when kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                && whole is >= int.MinValue and <= int.MaxValue:
                converted = JsonValue.Create((int)whole);
                return true;
            case FieldType.Double when kind == JsonValueKind.Number:
                converted = JsonValue.Create(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture));
                return true;
            case FieldType.Date when kind == JsonValueKind.String && SalesforceTime.TryParseDate(value.GetValue<string>(), out _):
                converted = JsonValue.Create(value.GetValue<string>());
                return true;
            case FieldType.DateTime when kind == JsonValueKind.String && SalesforceTime.TryParseDateTime(value.GetValue<string>(), out var instant):
                converted = JsonValue.Create(SalesforceTime.DateTime(instant));
                return true;
            case FieldType.Id or FieldType.Reference when kind == JsonValueKind.String:
                converted = JsonValue.Create(value.GetValue<string>());
                return true;
            case var text when FieldTypes.IsText(text) && kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                // Scalars are accepted into text fields as their text, like the API's lenient deserializer (UNCONFIRMED for non-strings).
                converted = JsonValue.Create(kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
                return true;
        }

        // Wording of Salesforce's deserializer errors (reference §4.1 JSON_PARSER_ERROR); the position suffix is left out.
        var token = kind switch
        {
            JsonValueKind.String => "VALUE_STRING",
            JsonValueKind.Number => "VALUE_NUMBER",
            JsonValueKind.True => "VALUE_TRUE",
            JsonValueKind.False => "VALUE_FALSE",
            JsonValueKind.Array => "START_ARRAY",
            _ => "START_OBJECT",
        };
        var shown = kind is JsonValueKind.Array or JsonValueKind.Object ? "" : " value " + (kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString());
        problem = $"Cannot deserialize instance of {FieldTypes.DescribeName(field.Type)} from {token}{shown} or request may be missing a required field";
        return false;
    }
}
