namespace CampaignBridge.Genesys;

/// <summary>A do-not-call list (<c>DncList</c>).</summary>
public sealed record DncList
{
    /// <summary>Source type of an Internal list, the only kind numbers can be appended to.</summary>
    public const string InternalSourceType = "rds";

    /// <summary>The DNC list id (GUID).</summary>
    public string? Id { get; init; }

    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The source: <c>rds</c> (Internal), <c>rds_custom</c>, <c>dnc.com</c>, <c>gryphon</c>, or values added later.</summary>
    public string? DncSourceType { get; init; }

    /// <summary><c>Phone</c>, <c>Email</c>, <c>Any</c>, ... (Internal lists).</summary>
    public string? ContactMethod { get; init; }

    /// <summary>The optimistic-concurrency version.</summary>
    public int? Version { get; init; }

    /// <summary>Number of entries (only when requested).</summary>
    public long? Size { get; init; }

    /// <summary>The API path of the list.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Whether numbers can be appended (<see cref="DncSourceType"/> is <c>rds</c>).</summary>
    public bool IsInternal => string.Equals(DncSourceType, InternalSourceType, StringComparison.OrdinalIgnoreCase);
}
