using System.Diagnostics.CodeAnalysis;

namespace CampaignBridge.Salesforce;

/// <summary>
/// The outcome of <see cref="PhoneNumberNormalizer.Normalize(string?)"/>: either the E.164 form or the problem
/// and a short reason fit for a rejection (the reason never repeats the number).
/// </summary>
public readonly struct PhoneNumberNormalization
{
    private PhoneNumberNormalization(string? e164, PhoneNumberProblem? problem, string? reason)
    {
        E164 = e164;
        Problem = problem;
        Reason = reason;
    }

    /// <summary>True when <see cref="E164"/> holds the normalised number.</summary>
    [MemberNotNullWhen(true, nameof(E164))]
    [MemberNotNullWhen(false, nameof(Problem), nameof(Reason))]
    public bool Succeeded => E164 is not null;

    /// <summary>The number in E.164 form (<c>+16502530000</c>) when it succeeded.</summary>
    public string? E164 { get; }

    /// <summary>What is wrong when it failed.</summary>
    public PhoneNumberProblem? Problem { get; }

    /// <summary>A short reason when it failed, e.g. <c>not a phone number</c> or <c>invalid for region US</c>.</summary>
    public string? Reason { get; }

    internal static PhoneNumberNormalization Success(string e164) => new(e164, null, null);

    internal static PhoneNumberNormalization Failure(PhoneNumberProblem problem, string reason) => new(null, problem, reason);

    /// <summary>The E.164 number or the reason.</summary>
    public override string ToString() => E164 ?? $"rejected: {Reason}";
}
