using System.Diagnostics.CodeAnalysis;

namespace Salesforce.Emulator;

/// <summary>
/// Salesforce record id format: 15 case-sensitive alphanumerics, or 18 with a case-safety suffix. For each
/// 5-character chunk of the 15, the suffix character is <c>A-Z0-5</c>[bit i set when character i is upper case].
/// The emulator answers with 18-character ids and compares on the first 15.
/// </summary>
internal static class SalesforceIds
{
    public const int ShortLength = 15;
    public const int LongLength = 18;
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    private const string Base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /// <summary>The 18-character form of a valid 15-character id.</summary>
    public static string WithSuffix(string shortId)
    {
        Span<char> suffix = stackalloc char[3];
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var index = 0;
            for (var i = 0; i < 5; i++)
            {
                if (char.IsAsciiLetterUpper(shortId[(chunk * 5) + i]))
                {
                    index |= 1 << i;
                }
            }

            suffix[chunk] = SuffixAlphabet[index];
        }

        return string.Concat(shortId.AsSpan(0, ShortLength), suffix);
    }

    /// <summary>True when <paramref name="value"/> is a 15- or 18-character id (with a correct suffix); <paramref name="id"/> is its 18-character form.</summary>
    public static bool TryNormalize([NotNullWhen(true)] string? value, [NotNullWhen(true)] out string? id)
    {
        id = null;
        if (value is null || value.Length is not (ShortLength or LongLength) || !value.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var full = WithSuffix(value);
        if (value.Length == LongLength && !value.AsSpan(ShortLength).Equals(full.AsSpan(ShortLength), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        id = full;
        return true;
    }

    /// <summary>The case-sensitive 15-character key two forms of one id share.</summary>
    public static string Key(string id) => id.Length >= ShortLength ? id[..ShortLength] : id;

    /// <summary>The key prefix (object type) of an id.</summary>
    public static string Prefix(string id) => id.Length >= 3 ? id[..3] : id;

    /// <summary><paramref name="value"/> in base 62, left-padded with zeros to <paramref name="width"/>.</summary>
    public static string Base62(long value, int width)
    {
        var chars = new char[width];
        for (var i = width - 1; i >= 0; i--)
        {
            chars[i] = Base62Alphabet[(int)(value % 62)];
            value /= 62;
        }

        return new string(chars);
    }
}
