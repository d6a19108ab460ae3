using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// The rules System.Text.Json does not enforce by itself, checked in one pass before the body is deserialized:
/// JSON <c>null</c> is refused anywhere below the root (the OpenAPI document declares nothing nullable, and a null
/// would otherwise silently mean "blank the column", "false" or "never expires"), and a member name may appear only
/// once per object (otherwise the last one would win unseen). Malformed JSON is left to the deserializer, which
/// describes it.
/// </summary>
internal static class JsonStrictnessScan
{
    /// <summary>What the scan found: a null or a repeated member at <paramref name="Path"/>.</summary>
    public readonly record struct Finding(string Path, bool IsDuplicate);

    /// <summary>The first null or repeated member of <paramref name="json"/>, or null when there is none (or the JSON is malformed).</summary>
    public static Finding? FindFirst(ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var path = new List<Segment>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Advance(path);
                        path.Add(new Segment(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var current = path[^1];
                        current.Name = name;
                        if (!current.Names!.Add(name))
                        {
                            return new Finding(Format(path), IsDuplicate: true);
                        }

                        break;
                    case JsonTokenType.Null when path.Count > 0:
                        Advance(path);
                        return new Finding(Format(path), IsDuplicate: false);
                    default:
                        Advance(path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    // A value in an array moves its index on; a value in an object belongs to the member name just read.
    private static void Advance(List<Segment> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1].Index++;
        }
    }

    private static string Format(List<Segment> path)
    {
        var text = new StringBuilder("$");
        foreach (var segment in path)
        {
            if (segment.IsArray)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{segment.Index}]");
            }
            else if (segment.Name is { } name)
            {
                text.Append(IsPlain(name) ? "." + name : $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']");
            }
        }

        return text.ToString();
    }

    private static bool IsPlain(string name)
        => name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private sealed class Segment(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);
    }
}
