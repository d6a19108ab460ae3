using System.Globalization;

namespace Salesforce.Emulator;

/// <summary>How the REST API writes dates and date-times (<c>2026-12-01</c>, <c>2026-12-01T09:14:03.000+0000</c>).</summary>
internal static class SalesforceTime
{
    public static string DateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>ISO-8601 with an offset or Z (what the API accepts for datetime fields).</summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) && text.Contains('T', StringComparison.Ordinal);
}
