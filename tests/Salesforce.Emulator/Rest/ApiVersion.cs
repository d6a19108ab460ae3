using System.Globalization;
using System.Text.RegularExpressions;

namespace Salesforce.Emulator;

/// <summary>A REST API version <c>NN.N</c> (the <c>vNN.N</c> path segment) and its release name.</summary>
internal readonly partial record struct ApiVersion(int Major, int Minor) : IComparable<ApiVersion>
{
    /// <summary>sObject Collections upsert exists since 46.0 (reference §3.1).</summary>
    public static readonly ApiVersion CollectionsUpsert = new(46, 0);

    /// <summary>sObject Collections create/update exist since 42.0.</summary>
    public static readonly ApiVersion CollectionsCreateUpdate = new(42, 0);

    /// <summary>Anchor of the release names: v65.0 = Winter '26 (reference §2); three releases a year, one version each.</summary>
    private const int AnchorVersion = 65;
    private const int AnchorYear = 26;

    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    /// <summary>e.g. <c>Winter '26</c> for 65.0, <c>Spring '26</c> for 66.0, <c>Summer '26</c> for 67.0.</summary>
    public string ReleaseLabel
    {
        get
        {
            var offset = Major - AnchorVersion;
            var year = AnchorYear + (int)Math.Floor(offset / 3.0);
            var season = (((offset % 3) + 3) % 3) switch { 0 => "Winter", 1 => "Spring", _ => "Summer" };
            return string.Create(CultureInfo.InvariantCulture, $"{season} '{year:D2}");
        }
    }

    public static bool TryParse(string? text, out ApiVersion version)
    {
        version = default;
        var match = text is null ? null : VersionPattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }

        version = new ApiVersion(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    public static ApiVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not an API version (NN.N).");

    public int CompareTo(ApiVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(ApiVersion left, ApiVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(ApiVersion left, ApiVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(ApiVersion left, ApiVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ApiVersion left, ApiVersion right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(\d{1,3})\.(\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
