using System.Text.RegularExpressions;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>
/// Reads names and values out of the app's C# source, so that templates and metadata are checked against the app
/// itself (this project does not reference the app, whose types are internal). Only the plain forms the app uses are
/// understood: string constants, auto-properties and collection expressions of string literals and constants.
/// </summary>
internal sealed partial class CSharpSource
{
    private readonly string text;

    private CSharpSource(string relativePath, string text)
    {
        RelativePath = relativePath;
        this.text = text;
    }

    public string RelativePath { get; }

    public static CSharpSource Read(params string[] relative) =>
        new(string.Join('/', relative), RepositoryLayout.ReadAllText(relative));

    /// <summary>Every <c>const string</c> and <c>static readonly string</c> with its literal value.</summary>
    public IReadOnlyDictionary<string, string> StringConstants() =>
        StringConstant().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);

    /// <summary>The names of the public auto-properties (<c>{ get; set; }</c>), in declaration order.</summary>
    public IReadOnlyList<string> SettableProperties() =>
        [.. SettableProperty().Matches(text).Select(m => m.Groups["name"].Value)];

    /// <summary>The strings of a list initialised with a collection expression; constants of the same file are resolved.</summary>
    public IReadOnlyList<string> StringList(string memberName)
    {
        Match list = Regex.Match(text, $@"\b{Regex.Escape(memberName)}\s*=\s*\[(?<items>[^\]]*)\]");
        if (!list.Success)
        {
            throw new InvalidOperationException($"{RelativePath} has no list {memberName} = [...].");
        }

        IReadOnlyDictionary<string, string> constants = StringConstants();
        return
        [
            .. list.Groups["items"].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(item => item.StartsWith('"')
                    ? item.Trim('"')
                    : constants.TryGetValue(item, out string? value)
                        ? value
                        : throw new InvalidOperationException($"{RelativePath}: {memberName} holds {item}, which is not a string literal or a constant of the file.")),
        ];
    }

    [GeneratedRegex(@"\b(?:const\s+string|static\s+readonly\s+string)\s+(?<name>\w+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex StringConstant();

    [GeneratedRegex(@"\bpublic\s+[\w?<>\[\], ]+?\s+(?<name>\w+)\s*\{\s*get;\s*set;\s*\}")]
    private static partial Regex SettableProperty();
}
