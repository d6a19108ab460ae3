namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>What a generated bad request gets wrong.</summary>
public enum BadInputKind
{
    PathParameter,
    QueryParameter,
    NullValue,
    WrongType,
    UnknownMember,
    RepeatedMember,
    MissingRequired,
    ContentType,
    MalformedBody,
    BrokenBody,
    SoapEnvelope,
}
