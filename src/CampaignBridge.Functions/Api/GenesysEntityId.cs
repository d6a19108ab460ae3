using System.Diagnostics.CodeAnalysis;
using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// A Genesys Cloud entity id taken from a route (campaign, contact list, DNC list). Genesys ids are GUIDs; only the
/// canonical 36-character form is accepted, so nothing path-like (<c>../x</c>, <c>%2F</c>) ever reaches an upstream URL.
/// </summary>
public readonly record struct GenesysEntityId
{
    private GenesysEntityId(Guid value) => Value = value.ToString("D");

    /// <summary>The id in canonical lower-case form.</summary>
    public string Value { get; }

    /// <summary>Parses the canonical GUID form (<c>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out GenesysEntityId id)
    {
        if (text is { Length: 36 } && Guid.TryParseExact(text, "D", out var guid) && guid != Guid.Empty)
        {
            id = new GenesysEntityId(guid);
            return true;
        }

        id = default;
        return false;
    }

    /// <summary>Parses <paramref name="text"/> or builds the 400 problem that names the parameter.</summary>
    public static bool TryParse(HttpContext? context, string parameterName, string? text, out GenesysEntityId id, [NotNullWhen(false)] out ApiProblem? problem)
    {
        if (TryParse(text, out id))
        {
            problem = null;
            return true;
        }

        problem = ApiProblems.BadRequest(
            context,
            ApiErrorCodes.InvalidId,
            parameterName,
            $"{parameterName} {Quote(text)} is not a Genesys Cloud id; expected a GUID such as 5d1f7c0a-8b1e-4c1a-9f00-000000000001.",
            $"Copy the {parameterName} from Genesys Cloud Admin > Outbound (it is the GUID in the page URL).");
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Echoes short printable input back to the caller; anything else is described, not repeated.</summary>
    internal static string Quote(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "(empty)";
        }

        return text.Length <= 64 && text.All(c => c is >= ' ' and <= '~') ? $"'{text}'" : $"(a {text.Length}-character value)";
    }
}
