namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>
/// One generated bad request and the answers the API rules allow for it: a 4xx status in <paramref name="Statuses"/>
/// whose <c>code</c> is one of <paramref name="Codes"/> (any code of the surface when null), problem+json for the
/// JSON API and a SOAP fault for the Outbound Message receiver.
/// </summary>
public sealed record BadRequestCase(
    string Operation,
    BadInputKind Kind,
    string Description,
    string Method,
    string PathAndQuery,
    string? ContentType,
    byte[] Body,
    IReadOnlyList<int> Statuses,
    IReadOnlyList<string>? Codes,
    bool IsSoap = false,
    BrokenBody? Broken = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Operation} [{Kind}] {Description}";
}
