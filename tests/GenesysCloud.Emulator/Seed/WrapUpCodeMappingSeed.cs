namespace GenesysCloud.Emulator;

/// <summary>
/// The organization's wrap-up code mapping (Genesys <c>WrapUpCodeMapping</c>): per wrap-up code id the flags
/// <c>CONTACT_UNCALLABLE</c>, <c>NUMBER_UNCALLABLE</c>, <c>RIGHT_PARTY_CONTACT</c>, <c>BUSINESS_SUCCESS</c>,
/// <c>BUSINESS_FAILURE</c>, <c>BUSINESS_NEUTRAL</c>; <see cref="DefaultSet"/> applies to codes not in <see cref="Mapping"/>.
/// The dialer applies the two uncallable flags after an agent's wrap-up.
/// </summary>
public sealed class WrapUpCodeMappingSeed
{
    public const string ContactUncallable = "CONTACT_UNCALLABLE";
    public const string NumberUncallable = "NUMBER_UNCALLABLE";
    public const string RightPartyContact = "RIGHT_PARTY_CONTACT";
    public const string BusinessSuccess = "BUSINESS_SUCCESS";
    public const string BusinessFailure = "BUSINESS_FAILURE";
    public const string BusinessNeutral = "BUSINESS_NEUTRAL";

    /// <summary>Every flag Genesys defines.</summary>
    public static readonly IReadOnlyList<string> Flags =
        [ContactUncallable, NumberUncallable, RightPartyContact, BusinessSuccess, BusinessFailure, BusinessNeutral];

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public int Version { get; set; } = 1;

    public List<string> DefaultSet { get; set; } = [];

    public Dictionary<string, List<string>> Mapping { get; set; } = [];

    /// <summary>The flags of a wrap-up code id.</summary>
    public IReadOnlyList<string> FlagsOf(string wrapUpCodeId) =>
        Mapping.TryGetValue(wrapUpCodeId, out var flags) ? flags : DefaultSet;
}
