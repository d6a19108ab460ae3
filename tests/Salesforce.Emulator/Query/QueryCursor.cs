using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>The rest of a paged query result, kept for <c>nextRecordsUrl</c> (records as answered at query time).</summary>
internal sealed class QueryCursor(string locator, IReadOnlyList<JsonObject> records, int batchSize, DateTimeOffset now)
{
    public string Locator { get; } = locator;

    public IReadOnlyList<JsonObject> Records { get; } = records;

    public int BatchSize { get; } = batchSize;

    public DateTimeOffset LastUsed { get; set; } = now;
}
