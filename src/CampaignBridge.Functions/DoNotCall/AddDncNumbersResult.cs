namespace CampaignBridge.Functions.DoNotCall;

/// <summary>Answer of AddDncNumbers.</summary>
public sealed record AddDncNumbersResult
{
    /// <summary>The DNC list.</summary>
    public required string DncListId { get; init; }

    /// <summary>Distinct numbers added.</summary>
    public int Added { get; init; }

    /// <summary>The numbers as written (E.164).</summary>
    public required IReadOnlyList<string> PhoneNumbers { get; init; }

    /// <summary>Expiry sent to Genesys (minute precision, UTC), if any.</summary>
    public DateTimeOffset? ExpirationDateTime { get; init; }
}
