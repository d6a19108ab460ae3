using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>What the API tells about a campaign.</summary>
public sealed record CampaignSummary
{
    /// <summary>Genesys campaign id (GUID).</summary>
    public required string Id { get; init; }

    /// <summary>Campaign name.</summary>
    public required string Name { get; init; }

    /// <summary><c>on</c>, <c>stopping</c>, <c>off</c>, <c>complete</c>, <c>invalid</c>, <c>forced_off</c>, <c>forced_stopping</c>.</summary>
    public required string CampaignStatus { get; init; }

    /// <summary><c>preview</c>, <c>progressive</c>, <c>power</c>, <c>predictive</c>, <c>agentless</c>, ...</summary>
    public required string DialingMode { get; init; }

    /// <summary>Id of the contact list the campaign dials.</summary>
    public string? ContactListId { get; init; }

    /// <summary>Genesys optimistic-concurrency version.</summary>
    public int Version { get; init; }

    /// <summary>Maps the Genesys model.</summary>
    public static CampaignSummary From(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new CampaignSummary
        {
            Id = campaign.Id ?? string.Empty,
            Name = campaign.Name ?? string.Empty,
            CampaignStatus = campaign.CampaignStatus ?? string.Empty,
            DialingMode = campaign.DialingMode ?? string.Empty,
            ContactListId = campaign.ContactList?.Id,
            Version = campaign.Version ?? 0,
        };
    }
}
