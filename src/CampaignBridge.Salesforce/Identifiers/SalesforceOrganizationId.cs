using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A Salesforce organization id (<c>00D…</c>), in its 15-character case-sensitive form or its 18-character
/// form with checksum. Two ids are equal when their first 15 characters are equal (ordinal, case-sensitive),
/// so <c>00D1I000003qqqE</c> equals <c>00D1I000003qqqEUAQ</c>.
/// </summary>
public readonly struct SalesforceOrganizationId : IEquatable<SalesforceOrganizationId>
{
    /// <summary>The key prefix every organization id starts with.</summary>
    public const string KeyPrefix = "00D";

    private readonly string? _value;

    private SalesforceOrganizationId(string value) => _value = value;

    /// <summary>The id as it was given (15 or 18 characters).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The 15-character case-sensitive form, which is what identifies the organization.</summary>
    public string ShortId => Value.Length > SalesforceIdFormat.ShortLength ? Value[..SalesforceIdFormat.ShortLength] : Value;

    /// <summary>Parses an organization id.</summary>
    /// <exception cref="FormatException">The value is not a 15/18-character organization id; the message says why.</exception>
    public static SalesforceOrganizationId Parse(string value)
        => TryParse(value, out SalesforceOrganizationId id, out string? problem) ? id : throw new FormatException(problem);

    /// <summary>Parses an organization id; false when it is not a valid 15/18-character organization id.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SalesforceOrganizationId id)
        => TryParse(value, out id, out _);

    /// <summary>Parses an organization id; when it is invalid, <paramref name="problem"/> says why.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SalesforceOrganizationId id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        if (!SalesforceIdFormat.TryValidate(value, "an organization id", out problem))
        {
            return false;
        }

        if (!value!.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            problem = $"an organization id starts with {KeyPrefix}, this one starts with '{value[..3]}'";
            return false;
        }

        id = new SalesforceOrganizationId(value);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(SalesforceOrganizationId other)
        => ShortKey.Equals(other.ShortKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SalesforceOrganizationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(ShortKey, StringComparison.Ordinal);

    /// <summary>The id as it was given.</summary>
    public override string ToString() => Value;

    /// <summary>Equal when the first 15 characters are equal.</summary>
    public static bool operator ==(SalesforceOrganizationId left, SalesforceOrganizationId right) => left.Equals(right);

    /// <summary>Different when the first 15 characters differ.</summary>
    public static bool operator !=(SalesforceOrganizationId left, SalesforceOrganizationId right) => !left.Equals(right);

    private ReadOnlySpan<char> ShortKey
        => Value.AsSpan(0, Math.Min(Value.Length, SalesforceIdFormat.ShortLength));
}
