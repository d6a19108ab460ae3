using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A Salesforce record id (e.g. a Contact's <c>003…</c>): 15 case-sensitive alphanumeric characters, or
/// 18 with the checksum suffix (validated). Used as the Genesys contact id, so it is checked before any
/// record is forwarded. Two ids are equal when their first 15 characters are equal (ordinal).
/// </summary>
public readonly struct SalesforceRecordId : IEquatable<SalesforceRecordId>
{
    private readonly string? _value;

    private SalesforceRecordId(string value) => _value = value;

    /// <summary>The id as it was given (15 or 18 characters).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The first 3 characters, which name the object type (<c>003</c> Contact, <c>00Q</c> Lead, …).</summary>
    public string KeyPrefix => Value.Length >= 3 ? Value[..3] : Value;

    /// <summary>Parses a record id.</summary>
    /// <exception cref="FormatException">The value is not a 15/18-character record id; the message says why.</exception>
    public static SalesforceRecordId Parse(string value)
        => TryParse(value, out SalesforceRecordId id, out string? problem) ? id : throw new FormatException(problem);

    /// <summary>Parses a record id; false when it is not a valid 15/18-character record id.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SalesforceRecordId id)
        => TryParse(value, out id, out _);

    /// <summary>Parses a record id; when it is invalid, <paramref name="problem"/> says why (fit for a rejection reason).</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out SalesforceRecordId id, [NotNullWhen(false)] out string? problem)
    {
        if (SalesforceIdFormat.TryValidate(value, "a Salesforce record id", out problem))
        {
            id = new SalesforceRecordId(value!);
            return true;
        }

        id = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(SalesforceRecordId other) => ShortKey.Equals(other.ShortKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SalesforceRecordId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(ShortKey, StringComparison.Ordinal);

    /// <summary>The id as it was given.</summary>
    public override string ToString() => Value;

    /// <summary>Equal when the first 15 characters are equal.</summary>
    public static bool operator ==(SalesforceRecordId left, SalesforceRecordId right) => left.Equals(right);

    /// <summary>Different when the first 15 characters differ.</summary>
    public static bool operator !=(SalesforceRecordId left, SalesforceRecordId right) => !left.Equals(right);

    private ReadOnlySpan<char> ShortKey => Value.AsSpan(0, Math.Min(Value.Length, SalesforceIdFormat.ShortLength));
}
