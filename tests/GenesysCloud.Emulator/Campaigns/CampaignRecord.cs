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

    public JsonObject Snapshot(DateTimeOffset now)
    {
        Settle(now);
        return (JsonObject)Body.DeepClone();
    }
}
