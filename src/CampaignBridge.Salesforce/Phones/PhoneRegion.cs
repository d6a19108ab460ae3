using System.Diagnostics.CodeAnalysis;
using PhoneNumbers;

namespace CampaignBridge.Salesforce;

/// <summary>
/// An ISO 3166-1 alpha-2 region known to libphonenumber (e.g. <c>US</c>, <c>GB</c>): the country assumed for
/// phone numbers written without a leading <c>+</c>.
/// </summary>
public readonly struct PhoneRegion : IEquatable<PhoneRegion>
{
    /// <summary>The configuration key of the default region.</summary>
    public const string SettingName = "Phone:DefaultRegion";

    /// <summary>The region used when <c>Phone:DefaultRegion</c> is not set.</summary>
    public const string DefaultCode = "US";

    private readonly string? _code;

    private PhoneRegion(string code) => _code = code;

    /// <summary>The region used when <c>Phone:DefaultRegion</c> is not set (<c>US</c>).</summary>
    public static PhoneRegion Default { get; } = new(DefaultCode);

    /// <summary>The upper-case two-letter code, e.g. <c>GB</c>.</summary>
    public string Code => _code ?? DefaultCode;

    /// <summary>Parses a region code, case-insensitively (<c>gb</c> gives <c>GB</c>).</summary>
    /// <exception cref="FormatException">The code is not a region libphonenumber knows.</exception>
    public static PhoneRegion Parse(string code)
        => TryParse(code, out PhoneRegion region) ? region : throw new FormatException(
            $"'{Shorten(code)}' is not an ISO 3166-1 alpha-2 region with phone numbering metadata (e.g. US, GB, DE).");

    /// <summary>Parses a region code, case-insensitively; false when libphonenumber does not know it.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out PhoneRegion region)
    {
        region = default;
        if (code is null || code.Trim() is not { Length: 2 } trimmed)
        {
            return false;
        }

        string upper = trimmed.ToUpperInvariant();
        if (!PhoneNumberUtil.GetInstance().GetSupportedRegions().Contains(upper))
        {
            return false;
        }

        region = new PhoneRegion(upper);
        return true;
    }

    /// <summary>Reads <c>Phone:DefaultRegion</c>: blank gives <see cref="Default"/>.</summary>
    /// <exception cref="InvalidSettingException">The value is not a known region; the message names the setting.</exception>
    public static PhoneRegion FromSetting(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        return TryParse(value, out PhoneRegion region)
            ? region
            : throw new InvalidSettingException(
                SettingName,
                $"{SettingName} is '{Shorten(value)}', which is not an ISO 3166-1 alpha-2 region with phone numbering metadata; use a code such as US, GB or DE (or leave it empty for {DefaultCode}).");
    }

    /// <inheritdoc />
    public bool Equals(PhoneRegion other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PhoneRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(Code, StringComparison.Ordinal);

    /// <summary>The two-letter code.</summary>
    public override string ToString() => Code;

    /// <summary>Equal when the codes are equal.</summary>
    public static bool operator ==(PhoneRegion left, PhoneRegion right) => left.Equals(right);

    /// <summary>Different when the codes differ.</summary>
    public static bool operator !=(PhoneRegion left, PhoneRegion right) => !left.Equals(right);

    private static string Shorten(string? value) => value is { Length: > 16 } ? value[..16] + "…" : value ?? string.Empty;
}
