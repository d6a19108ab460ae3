using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Salesforce;

/// <summary>
/// The public format of Salesforce record ids: 15 case-sensitive alphanumeric characters, optionally
/// followed by a 3-character suffix that makes the id safe for case-insensitive systems. The suffix
/// encodes, for each of three 5-character chunks, which characters are upper-case letters (bit i set
/// for character i), as an index into <c>A-Z0-5</c>.
/// </summary>
internal static class SalesforceIdFormat
{
    internal const int ShortLength = 15;
    internal const int LongLength = 18;
    private const int ChunkLength = 5;
    private const string SuffixAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /// <summary>Checks length, characters and (for 18 characters) the suffix; returns a reason when invalid.</summary>
    internal static bool TryValidate(string? value, string what, [NotNullWhen(false)] out string? problem)
    {
        if (string.IsNullOrEmpty(value))
        {
            problem = $"{what} is empty";
            return false;
        }

        if (value.Length is not (ShortLength or LongLength))
        {
            problem = $"{what} must be 15 or 18 characters long, not {value.Length}";
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                problem = $"{what} may contain only the letters A-Z, a-z and digits";
                return false;
            }
        }

        if (value.Length == LongLength)
        {
            Span<char> expected = stackalloc char[3];
            WriteSuffix(value.AsSpan(0, ShortLength), expected);
            if (!value.AsSpan(ShortLength).Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                problem = $"{what} has 18 characters but its last 3 ('{value.AsSpan(ShortLength)}') are not the checksum of the first 15 ('{expected}'): check for a typo or a change of letter case";
                return false;
            }
        }

        problem = null;
        return true;
    }

    /// <summary>Writes the 3-character case-safety suffix of a 15-character id.</summary>
    internal static void WriteSuffix(ReadOnlySpan<char> shortId, Span<char> suffix)
    {
        for (int chunk = 0; chunk < 3; chunk++)
        {
            int index = 0;
            for (int i = 0; i < ChunkLength; i++)
            {
                if (char.IsAsciiLetterUpper(shortId[(chunk * ChunkLength) + i]))
                {
                    index |= 1 << i;
                }
            }

            suffix[chunk] = SuffixAlphabet[index];
        }
    }
}
