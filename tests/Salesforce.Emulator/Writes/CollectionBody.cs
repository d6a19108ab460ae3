using System.Text.Json;
using System.Text.Json.Nodes;
using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>The body of an sObject Collections request: <c>{"allOrNone": bool, "records": [ … ]}</c> (reference §3.1–3.2).</summary>
internal static class CollectionBody
{
    public static bool TryRead(HttpContext context, out bool allOrNone, out List<JsonObject> records, out IResult? error)
    {
        allOrNone = false;
        records = [];
        if (!TryParseObject(context, out var body, out error))
        {
            return false;
        }

        if (body!["allOrNone"] is { } flag)
        {
            if (flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                error = Malformed("allOrNone must be true or false");
                return false;
            }

            allOrNone = flag.GetValue<bool>();
        }

        // UNCONFIRMED: the answer to a body without a records array.
        if (body["records"] is not JsonArray array || array.Any(r => r is not JsonObject))
        {
            error = Malformed("records must be an array of sObjects");
            return false;
        }

        records = [.. array.Cast<JsonObject>()];
        if (records.Count > SalesforceSettings.MaxCollectionRecords)
        {
            // The 200-record limit is documented (reference §3.1); this code and text are UNCONFIRMED.
            error = RestErrors.Result(StatusCodes.Status400BadRequest, "EXCEEDED_ID_LIMIT",
                $"record limit reached. cannot submit more than {SalesforceSettings.MaxCollectionRecords} records into this call");
            return false;
        }

        return true;
    }

    /// <summary>A JSON object body; malformed JSON is 400 JSON_PARSER_ERROR.</summary>
    public static bool TryParseObject(HttpContext context, out JsonObject? body, out IResult? error)
    {
        body = null;
        error = null;
        try
        {
            var bytes = RequestBody.Bytes(context);
            body = bytes.Length == 0 ? null : JsonNode.Parse(bytes) as JsonObject;
        }
        catch (JsonException ex)
        {
            error = Malformed(ex.Message);
            return false;
        }

        if (body is null)
        {
            error = Malformed("a JSON object is required");
            return false;
        }

        return true;
    }

    /// <summary>The record's <c>attributes.type</c>, or null.</summary>
    public static string? TypeOf(JsonObject record) =>
        record["attributes"] is JsonObject attributes ? NodeValues.String(attributes["type"]) : null;

    public static IResult Malformed(string detail) =>
        RestErrors.Result(StatusCodes.Status400BadRequest, RestErrors.JsonParserError, detail);
}
