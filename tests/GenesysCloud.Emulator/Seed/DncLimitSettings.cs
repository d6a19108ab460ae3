namespace GenesysCloud.Emulator;

/// <summary>
/// DNC capacity (seed <c>settings.dncLimits</c>). The codes are from §8.4 (CLI 166); the limit values are not
/// published, so the defaults are UNCONFIRMED and chosen large; tests lower them to see the 400s.
/// </summary>
public sealed class DncLimitSettings
{
    /// <summary>Count the limits as "phone numbers" (<c>dnc.phone.numbers.per.*.limit.exceeded</c>).</summary>
    public const string PhoneNumbers = "phoneNumbers";

    /// <summary>Count the limits as "records" (<c>dnc.records.per.*.limit.exceeded</c>).</summary>
    public const string Records = "records";

    /// <summary>Numbers one DNC list may hold.</summary>
    public int PerList { get; set; } = 1_000_000;

    /// <summary>Numbers all DNC lists of the organization may hold together.</summary>
    public int PerOrganization { get; set; } = 10_000_000;

    /// <summary>Which code family reports a breach: <see cref="PhoneNumbers"/> (default) or <see cref="Records"/>.</summary>
    public string CodeKind { get; set; } = PhoneNumbers;

    /// <summary>Numbers per append request; null (default) = only the body-size limit (§8.5: not determinable). Breach: 400 <c>constraint.validation</c>.</summary>
    public int? PerRequest { get; set; }
}
