using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// The 200 answer of a collections request: one item per record in request order, <c>{id, success, errors, created?}</c>
/// (reference §3.1). Failed items carry only success and errors unless <c>failedResultsIncludeId</c> (UNCONFIRMED).
/// </summary>
internal static class SaveResults
{
    public static JsonArray Json(IEnumerable<SaveOutcome> outcomes, bool upsert, bool failedResultsIncludeId) =>
        [.. outcomes.Select(o => (JsonNode)Item(o, upsert, failedResultsIncludeId))];

    public static JsonObject Item(SaveOutcome outcome, bool upsert, bool failedResultsIncludeId)
    {
        var item = new JsonObject();
        if (outcome.Success || failedResultsIncludeId)
        {
            item["id"] = outcome.Id;
        }

        item["success"] = outcome.Success;
        item["errors"] = new JsonArray([.. outcome.Errors.Select(e => (JsonNode)new JsonObject
        {
            ["statusCode"] = e.StatusCode,
            ["message"] = e.Message,
            ["fields"] = new JsonArray([.. e.Fields.Select(f => (JsonNode?)f)]),
        })]);
        if (upsert && (outcome.Success || failedResultsIncludeId))
        {
            item["created"] = outcome.Created ?? false;
        }

        return item;
    }
}
