using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>Open query locators; one expires after <c>settings.queryLocatorLifetimeMinutes</c> without use. Callers hold the state gate.</summary>
internal sealed class QueryCursorStore
{
    private readonly Dictionary<string, QueryCursor> cursors = new(StringComparer.Ordinal);

    public QueryCursor Open(string locator, IReadOnlyList<JsonObject> records, int batchSize, DateTimeOffset now)
    {
        var cursor = new QueryCursor(locator, records, batchSize, now);
        cursors[locator] = cursor;
        return cursor;
    }

    /// <summary>The live cursor of a locator (its use refreshes it); null when unknown or expired.</summary>
    public QueryCursor? Use(string locator, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!cursors.TryGetValue(locator, out var cursor))
        {
            return null;
        }

        if (now - cursor.LastUsed >= lifetime)
        {
            cursors.Remove(locator);
            return null;
        }

        cursor.LastUsed = now;
        return cursor;
    }

    public void Clear() => cursors.Clear();
}
