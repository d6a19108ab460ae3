using System.Globalization;
using System.Text.Json;

namespace CampaignBridge.Salesforce;

/// <summary>
/// One field value of a <see cref="WritableSObject"/>: text, a number, a boolean, a date, a date-time or null (which
/// clears the field). Converts implicitly from those .NET types, so records read like
/// <c>task["CallDurationInSeconds"] = 31</c>; written to JSON without reflection.
/// </summary>
public readonly struct SObjectFieldValue : IEquatable<SObjectFieldValue>
{
    private readonly object? _value;

    private SObjectFieldValue(object? value) => _value = value;

    /// <summary>The null value: sent as JSON <c>null</c>, which clears the field.</summary>
    public static SObjectFieldValue Null => default;

    /// <summary>The value as given: <see cref="string"/>, <see cref="long"/>, <see cref="decimal"/>, <see cref="double"/>, <see cref="bool"/>, <see cref="DateOnly"/>, <see cref="DateTimeOffset"/>, or null.</summary>
    public object? Value => _value;

    /// <summary>Whether the value is null.</summary>
    public bool IsNull => _value is null;

    /// <summary>Text (null clears the field).</summary>
    public static implicit operator SObjectFieldValue(string? value) => new(value);

    /// <summary>A whole number.</summary>
    public static implicit operator SObjectFieldValue(int value) => new((long)value);

    /// <summary>A whole number, or null.</summary>
    public static implicit operator SObjectFieldValue(int? value) => new(value is { } v ? (long)v : null);

    /// <summary>A whole number.</summary>
    public static implicit operator SObjectFieldValue(long value) => new(value);

    /// <summary>A whole number, or null.</summary>
    public static implicit operator SObjectFieldValue(long? value) => new(value);

    /// <summary>A decimal number (currency, percent, number fields).</summary>
    public static implicit operator SObjectFieldValue(decimal value) => new(value);

    /// <summary>A decimal number, or null.</summary>
    public static implicit operator SObjectFieldValue(decimal? value) => new(value);

    /// <summary>A floating-point number; NaN and infinities are refused.</summary>
    public static implicit operator SObjectFieldValue(double value) => new(Finite(value));

    /// <summary>A floating-point number, or null.</summary>
    public static implicit operator SObjectFieldValue(double? value) => new(value is { } v ? Finite(v) : null);

    /// <summary>A checkbox.</summary>
    public static implicit operator SObjectFieldValue(bool value) => new(value);

    /// <summary>A checkbox, or null.</summary>
    public static implicit operator SObjectFieldValue(bool? value) => new(value);

    /// <summary>A date field (sent as <c>yyyy-MM-dd</c>).</summary>
    public static implicit operator SObjectFieldValue(DateOnly value) => new(value);

    /// <summary>A date field, or null.</summary>
    public static implicit operator SObjectFieldValue(DateOnly? value) => new(value);

    /// <summary>A date-time field (sent in UTC as <c>yyyy-MM-ddTHH:mm:ss.fffZ</c>).</summary>
    public static implicit operator SObjectFieldValue(DateTimeOffset value) => new(value);

    /// <summary>A date-time field, or null.</summary>
    public static implicit operator SObjectFieldValue(DateTimeOffset? value) => new(value);

    /// <summary>Equal when both hold the same value.</summary>
    public static bool operator ==(SObjectFieldValue left, SObjectFieldValue right) => left.Equals(right);

    /// <summary>Different when the values differ.</summary>
    public static bool operator !=(SObjectFieldValue left, SObjectFieldValue right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(SObjectFieldValue other) => Equals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SObjectFieldValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value?.GetHashCode() ?? 0;

    /// <summary>The value's kind, not the value (field values are often personal data).</summary>
    public override string ToString() => _value is null ? "null" : _value.GetType().Name;

    internal void WriteTo(Utf8JsonWriter writer)
    {
        switch (_value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"Unsupported field value type {_value.GetType().Name}.");
        }
    }

    private static double Finite(double value)
        => double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), "Salesforce fields take finite numbers only.");
}
