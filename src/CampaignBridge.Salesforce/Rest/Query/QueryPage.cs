using System.Text.Json;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>One page of <c>GET /query</c> (reference §3.5): <c>{totalSize, done, nextRecordsUrl?, records}</c>.</summary>
internal sealed record QueryPage
{
    public long TotalSize { get; init; }

    public bool Done { get; init; } = true;

    public string? NextRecordsUrl { get; init; }

    public IReadOnlyList<JsonElement> Records { get => field ?? []; init; }
}
