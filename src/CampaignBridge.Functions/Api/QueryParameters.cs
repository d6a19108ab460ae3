using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Api;

/// <summary>Reads query string values with range checks and problem+json for bad input. Unknown parameters (e.g. <c>code</c>) are ignored.</summary>
public static class QueryParameters
{
    /// <summary>Reads an optional integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryGetInt(HttpRequest request, string name, int min, int max, int defaultValue, out int value, [NotNullWhen(false)] out ApiProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        value = defaultValue;
        if (!request.Query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw.ToString()))
        {
            return true;
        }

        // int.TryParse ignores trailing NUL characters ("5\0" parses as 5): only ASCII digits are a number here.
        var text = raw.ToString();
        if (raw.Count == 1 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        value = defaultValue;
        problem = ApiProblems.BadRequest(request.HttpContext, ApiErrorCodes.InvalidQuery, name,
            $"The query parameter {name} must be a whole number from {min} to {max}; got {GenesysEntityId.Quote(text)}.");
        return false;
    }

    /// <summary>Reads an optional string of at most <paramref name="maxLength"/> characters.</summary>
    public static bool TryGetString(HttpRequest request, string name, int maxLength, out string? value, [NotNullWhen(false)] out ApiProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        value = null;
        if (!request.Query.TryGetValue(name, out var raw))
        {
            return true;
        }

        // Control characters (CR, LF, NUL, ESC...) are refused before trimming, so "%0D%0Ax" is not read as "x".
        var text = raw.ToString();
        if (raw.Count == 1 && !text.Any(char.IsControl) && text.Trim() is { } trimmed && trimmed.Length <= maxLength)
        {
            value = trimmed.Length == 0 ? null : trimmed;
            return true;
        }

        problem = ApiProblems.BadRequest(request.HttpContext, ApiErrorCodes.InvalidQuery, name,
            $"The query parameter {name} must be a single value of at most {maxLength} printable characters.");
        return false;
    }
}
