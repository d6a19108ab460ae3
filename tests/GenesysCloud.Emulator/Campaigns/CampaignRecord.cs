using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>A stored campaign: the full wire object (PUT replaces it) plus when a <c>stopping</c> campaign reaches <c>off</c>.</summary>
internal sealed class CampaignRecord(JsonObject body)
{
    public JsonObject Body { get; set; } = body;

    public DateTimeOffset? StopsAt { get; set; }

    public string Id => (string)Body["id"]!;

    public string Name => Body["name"]?.GetValue<string>() ?? "";

    public string ContactListId => Body["contactList"]?["id"]?.GetValue<string>() ?? "";

    public int Version => Body["version"]!.GetValue<int>();

    public string Status
    {
        get => Body["campaignStatus"]?.GetValue<string>() ?? CampaignStatuses.Off;
        set => Body["campaignStatus"] = value;
    }

    /// <summary>Moves <c>stopping</c> to <c>off</c> once the configured delay has passed.</summary>
    public void Settle(DateTimeOffset now)
    {
        if (Status == CampaignStatuses.Stopping && StopsAt is { } stopsAt && now >= stopsAt)
        {
            Status = CampaignStatuses.Off;
            StopsAt = null;
        }
    }

    public string DialingMode => Text("dialingMode") ?? "";

    public bool IsAgentless => DialingMode == "agentless";

    public bool AlwaysRunning => Body["alwaysRunning"] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    public string CallerAddress => Text("callerAddress") ?? "";

    public int? NoAnswerTimeoutSeconds => Body["noAnswerTimeout"] is JsonValue value && value.TryGetValue<int>(out var seconds) ? seconds : null;

    /// <summary>The <c>columnName</c>s of <c>phoneColumns</c>, in the campaign's order.</summary>
    public IReadOnlyList<string> PhoneColumnNames =>
        Body["phoneColumns"] is JsonArray columns
            ? [.. columns.OfType<JsonObject>().Select(c => c["columnName"] is JsonValue v && v.TryGetValue<string>(out var n) ? n : null).OfType<string>()]
            : [];

    /// <summary>Ids of the campaign's <c>dncLists</c>.</summary>
    public IReadOnlyList<string> DncListIds =>
        Body["dncLists"] is JsonArray lists
            ? [.. lists.OfType<JsonObject>().Select(c => c["id"] is JsonValue v && v.TryGetValue<string>(out var id) ? id : null).OfType<string>()]
            : [];

    /// <summary>On or stopping: the dialer is (still) working on it.</summary>
    public bool IsRunning => Status is CampaignStatuses.On or CampaignStatuses.Stopping or CampaignStatuses.ForcedStopping;

    public JsonObject Snapshot() => (JsonObject)Body.DeepClone();

    private string? Text(string property) => Body[property] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
