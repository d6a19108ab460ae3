using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>A record as the REST API answers it: <c>attributes {type, url}</c>, then the fields asked for.</summary>
internal static class RecordJson
{
    public static JsonObject Build(RestRequest request, StoredRecord record, IEnumerable<FieldSchema> fields)
    {
        var json = new JsonObject
        {
            ["attributes"] = new JsonObject
            {
                ["type"] = record.Type,
                ["url"] = RestRoutes.SObjectUrl(request, record.Type, record.Id),
            },
        };
        foreach (var field in fields)
        {
            json[field.Name] = record.Fields.GetValueOrDefault(field.Name)?.DeepClone();
        }

        return json;
    }
}
