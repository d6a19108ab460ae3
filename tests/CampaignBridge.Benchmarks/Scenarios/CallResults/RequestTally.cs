using System.Globalization;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// Recorded emulator requests sorted into what the way back's figures count: Genesys detail-query pages and wrap-up
/// code lookups; Salesforce sObject Collections Task upserts, record updates (DoNotCall, CampaignMember status) and
/// queries. Token requests and anything else are counted apart.
/// </summary>
internal sealed class RequestTally
{
    public const string DetailQueryPath = "/api/v2/analytics/conversations/details/query";
    public const string WrapUpCodesPath = "/api/v2/routing/wrapupcodes";

    private readonly Dictionary<string, int> _other = new(StringComparer.Ordinal);

    public int DetailQueryPages { get; private set; }

    public int WrapUpCodeLookups { get; private set; }

    public int TaskUpserts { get; private set; }

    public int RecordUpdates { get; private set; }

    public int MemberQueries { get; private set; }

    public int DncAdds { get; private set; }

    public int Tokens { get; private set; }

    /// <summary>Requests answered other than 2xx (every figure above counts them too).</summary>
    public int Failed { get; private set; }

    public static RequestTally Of(IEnumerable<(string Method, string Path, int Status)> requests)
    {
        var tally = new RequestTally();
        foreach (var (method, path, status) in requests)
        {
            tally.Add(method, path, status);
        }

        return tally;
    }

    /// <summary>Everything not counted in a named figure, as "METHOD path-kind xN".</summary>
    public string Other => _other.Count == 0 ? "none" : string.Join(", ", _other.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} x{o.Value}"));

    public string Genesys => string.Create(CultureInfo.InvariantCulture, $"{DetailQueryPages} detail-query pages, {WrapUpCodeLookups} wrap-up code lookups, {DncAdds} DNC adds, {Tokens} token; other: {Other}; non-2xx: {Failed}");

    public string Salesforce => string.Create(CultureInfo.InvariantCulture, $"{TaskUpserts} Task upserts, {RecordUpdates} record updates, {MemberQueries} queries, {Tokens} token; other: {Other}; non-2xx: {Failed}");

    private void Add(string method, string path, int status)
    {
        if (status is < 200 or > 299)
        {
            Failed++;
        }

        if (path.EndsWith("/oauth/token", StringComparison.Ordinal) || path.EndsWith("/oauth2/token", StringComparison.Ordinal))
        {
            Tokens++;
        }
        else if (path == DetailQueryPath)
        {
            DetailQueryPages++;
        }
        else if (path.StartsWith(WrapUpCodesPath, StringComparison.Ordinal))
        {
            WrapUpCodeLookups++;
        }
        else if (path.EndsWith("/phonenumbers", StringComparison.Ordinal) && method == "POST")
        {
            DncAdds++;
        }
        else if (path.Contains("/composite/sobjects/Task/", StringComparison.Ordinal))
        {
            TaskUpserts++;
        }
        else if (path.EndsWith("/composite/sobjects", StringComparison.Ordinal) && method == "PATCH")
        {
            RecordUpdates++;
        }
        else if (path.EndsWith("/query", StringComparison.Ordinal))
        {
            MemberQueries++;
        }
        else
        {
            var kind = $"{method} {Kind(path)}";
            _other[kind] = _other.GetValueOrDefault(kind) + 1;
        }
    }

    /// <summary>A path with its ids left out (the last segment that is not an id).</summary>
    private static string Kind(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var named = segments.Where(s => !Guid.TryParse(s, out _) && !(s.Length is 15 or 18 && s.Any(char.IsDigit) && s.All(char.IsAsciiLetterOrDigit))).ToArray();
        return named.Length == 0 ? path : named[^1];
    }
}
