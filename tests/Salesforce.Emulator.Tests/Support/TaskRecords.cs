using System.Text.Json.Nodes;

namespace Salesforce.Emulator.Tests.Support;

/// <summary>Task records shaped as CampaignBridge sends them (reference §3.1 request example).</summary>
internal static class TaskRecords
{
    public const string UpsertPath = "/services/data/v65.0/composite/sobjects/Task/Genesys_Conversation_Id__c";
    public const string CollectionsPath = "/services/data/v65.0/composite/sobjects";

    public static JsonObject Call(string conversationId, string whoId = SeedIds.Ada, string disposition = "ININ-OUTBOUND-NO-ANSWER") => new()
    {
        ["attributes"] = new JsonObject { ["type"] = "Task" },
        [SeedIds.ConversationField] = conversationId,
        ["WhoId"] = whoId,
        ["Subject"] = "Outbound call: No answer",
        ["Status"] = "Completed",
        ["Priority"] = "Normal",
        ["ActivityDate"] = "2026-12-01",
        ["TaskSubtype"] = "Call",
        ["CallType"] = "Outbound",
        ["CallDisposition"] = disposition,
        ["CallDurationInSeconds"] = 31,
        ["CallObject"] = conversationId,
        ["Description"] = "Campaign: Winter renewals; attempt 2026-12-01T09:14:03Z",
    };

    /// <summary>The same call without the create-only TaskSubtype (what a client resends on the update path).</summary>
    public static JsonObject Replay(string conversationId, string whoId = SeedIds.Ada, string disposition = "ININ-OUTBOUND-NO-ANSWER")
    {
        var record = Call(conversationId, whoId, disposition);
        record.Remove("TaskSubtype");
        return record;
    }

    public static JsonObject Body(bool allOrNone, params JsonObject[] records) => new()
    {
        ["allOrNone"] = allOrNone,
        ["records"] = new JsonArray([.. records]),
    };

    public static JsonObject With(this JsonObject record, string field, JsonNode? value)
    {
        record[field] = value;
        return record;
    }

    public static JsonObject Without(this JsonObject record, string field)
    {
        record.Remove(field);
        return record;
    }

    public static JsonObject Update(string type, string id, params (string Field, JsonNode? Value)[] fields)
    {
        var record = new JsonObject { ["attributes"] = new JsonObject { ["type"] = type }, ["id"] = id };
        foreach (var (field, value) in fields)
        {
            record[field] = value;
        }

        return record;
    }
}
