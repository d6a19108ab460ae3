namespace CampaignBridge.Functions.Contacts;

/// <summary>Genesys write options for an upsert.</summary>
public sealed record ContactUpsertOptions
{
    /// <summary>Dial these contacts next.</summary>
    public bool? Priority { get; init; }

    /// <summary>Clear attempts and callable status of existing contacts.</summary>
    public bool? ClearSystemData { get; init; }

    /// <summary>Keep existing contacts' queue positions (already dialled contacts are not redialled).</summary>
    public bool? DoNotQueue { get; init; }

    /// <summary>
    /// Re-queue contacts that already exist so the dialer calls them again (default false); without it CampaignBridge
    /// sends doNotQueue=true and existing contacts keep their queue position.
    /// </summary>
    public bool? Redial { get; init; }
}
