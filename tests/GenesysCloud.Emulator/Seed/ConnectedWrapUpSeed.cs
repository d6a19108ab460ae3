namespace GenesysCloud.Emulator;

/// <summary>How often an agent wraps a connected call up with <see cref="WrapUpCodeId"/>, and how long such calls talk.</summary>
public sealed class ConnectedWrapUpSeed
{
    /// <summary>Id of one of the seed's <c>wrapUpCodes</c>.</summary>
    public string WrapUpCodeId { get; set; } = "";

    /// <summary>Relative weight among the connected wrap-ups (they need not sum to 1).</summary>
    public double Share { get; set; }

    public SecondsRange TalkSeconds { get; set; } = SecondsRange.Between(60, 180);

    /// <summary>Optional agent note (analytics <c>wrapUpNote</c>); empty when none.</summary>
    public string WrapUpNote { get; set; } = "";
}
