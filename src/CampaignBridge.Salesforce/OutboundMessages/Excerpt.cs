using System.Text;

namespace CampaignBridge.Salesforce;

/// <summary>Makes payload-derived text safe to put in an error message: short, single-line, printable.</summary>
internal static class Excerpt
{
    internal const int MaxLength = 200;

    internal static string Of(string? text, int maxLength = MaxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        foreach (char c in text)
        {
            if (builder.Length == maxLength)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }

        return builder.ToString();
    }
}
