using System.Text.Json;
using System.Text.RegularExpressions;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>Just enough ARM expression handling for assertions: inline variables that hold plain strings.</summary>
internal static partial class ArmExpressions
{
    public static string ResolveVariables(string expression, JsonElement template)
    {
        if (!template.TryGetProperty("variables", out JsonElement variables))
        {
            return expression;
        }

        return VariableReference().Replace(expression, match =>
            variables.TryGetProperty(match.Groups["name"].Value, out JsonElement value) && value.ValueKind == JsonValueKind.String
                ? $"'{value.GetString()}'"
                : match.Value);
    }

    /// <summary>The value of a literal, or of an expression that is just a quoted string (after resolving variables).</summary>
    public static string? LiteralOf(string resolved)
    {
        if (!resolved.StartsWith('[') || !resolved.EndsWith(']'))
        {
            return resolved;
        }

        Match literal = QuotedString().Match(resolved);
        return literal.Success ? literal.Groups["value"].Value : null;
    }

    [GeneratedRegex(@"variables\('(?<name>[A-Za-z0-9_]+)'\)")]
    private static partial Regex VariableReference();

    [GeneratedRegex(@"^\['(?<value>[^']*)'\]$")]
    private static partial Regex QuotedString();
}
