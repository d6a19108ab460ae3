using System.Text.RegularExpressions;

namespace GenesysCloud.Emulator;

/// <summary>The <c>name</c> + <c>filterType</c> query of <c>GET /api/v2/outbound/campaigns</c> (reference §3.2); case-insensitive (UNCONFIRMED).</summary>
internal static class CampaignNameFilter
{
    public static readonly string[] FilterTypes =
        ["Equals", "RegEx", "Contains", "Prefix", "LessThan", "LessThanEqualTo", "GreaterThan", "GreaterThanEqualTo", "BeginsWith", "EndsWith"];

    /// <exception cref="RegexParseException">A RegEx filter that is not a valid expression.</exception>
    public static Func<string, bool> For(string filterType, string name)
    {
        var comparison = StringComparison.OrdinalIgnoreCase;
        return filterType switch
        {
            "Equals" => n => n.Equals(name, comparison),
            "Contains" => n => n.Contains(name, comparison),
            "Prefix" or "BeginsWith" => n => n.StartsWith(name, comparison),
            "EndsWith" => n => n.EndsWith(name, comparison),
            "RegEx" => new Regex(name, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).IsMatch,
            "LessThan" => n => string.Compare(n, name, comparison) < 0,
            "LessThanEqualTo" => n => string.Compare(n, name, comparison) <= 0,
            "GreaterThan" => n => string.Compare(n, name, comparison) > 0,
            _ => n => string.Compare(n, name, comparison) >= 0,
        };
    }
}
