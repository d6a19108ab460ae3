namespace CampaignBridge.Salesforce;

/// <summary>Why a phone number could not be normalised to E.164.</summary>
public enum PhoneNumberProblem
{
    /// <summary>Null, empty or only white space.</summary>
    Empty = 1,

    /// <summary>Not a phone number at all (no digits, or text libphonenumber cannot read).</summary>
    NotAPhoneNumber,

    /// <summary>Starts with <c>+</c> or an international prefix followed by an unknown country calling code.</summary>
    InvalidCountryCode,

    /// <summary>Too few digits to be a phone number.</summary>
    TooShort,

    /// <summary>Too many digits (or characters) to be a phone number.</summary>
    TooLong,

    /// <summary>Read as a number, but not one that exists in the numbering plan of its region.</summary>
    InvalidForRegion,
}
