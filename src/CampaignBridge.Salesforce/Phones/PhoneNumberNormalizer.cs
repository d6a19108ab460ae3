using PhoneNumbers;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Normalises phone numbers to E.164 with libphonenumber. Numbers starting with <c>+</c> (or an international
/// dialling prefix of the default region) keep their own country; others are read in <see cref="DefaultRegion"/>.
/// Thread-safe; create one per default region and reuse it.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    // PhoneNumberUtil loads its metadata once and is thread-safe; always use the shared instance.
    private static readonly PhoneNumberUtil PhoneNumbers = PhoneNumberUtil.GetInstance();

    /// <summary>Creates a normalizer that reads numbers without <c>+</c> in <paramref name="defaultRegion"/>.</summary>
    public PhoneNumberNormalizer(PhoneRegion defaultRegion) => DefaultRegion = defaultRegion;

    /// <summary>The region assumed for numbers written without a country code.</summary>
    public PhoneRegion DefaultRegion { get; }

    /// <summary>Normalises <paramref name="phoneNumber"/> to E.164, or says why it cannot.</summary>
    public PhoneNumberNormalization Normalize(string? phoneNumber)
    {
        if (string.IsNullOrWhiteSpace(phoneNumber))
        {
            return PhoneNumberNormalization.Failure(PhoneNumberProblem.Empty, "no phone number");
        }

        PhoneNumber parsed;
        try
        {
            parsed = PhoneNumbers.Parse(phoneNumber, DefaultRegion.Code);
        }
        catch (NumberParseException exception)
        {
            return exception.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => PhoneNumberNormalization.Failure(PhoneNumberProblem.InvalidCountryCode, "unknown country calling code"),
                ErrorType.TOO_SHORT_AFTER_IDD or ErrorType.TOO_SHORT_NSN => PhoneNumberNormalization.Failure(PhoneNumberProblem.TooShort, "too short to be a phone number"),
                ErrorType.TOO_LONG => PhoneNumberNormalization.Failure(PhoneNumberProblem.TooLong, "too long to be a phone number"),
                _ => PhoneNumberNormalization.Failure(PhoneNumberProblem.NotAPhoneNumber, "not a phone number"),
            };
        }

        if (!PhoneNumbers.IsValidNumber(parsed))
        {
            string region = PhoneNumbers.GetRegionCodeForCountryCode(parsed.CountryCode);
            string where = region is "ZZ" or "001" ? $"country code +{parsed.CountryCode}" : $"region {region}";
            return PhoneNumberNormalization.Failure(PhoneNumberProblem.InvalidForRegion, $"invalid for {where}");
        }

        return PhoneNumberNormalization.Success(PhoneNumbers.Format(parsed, PhoneNumberFormat.E164));
    }
}
