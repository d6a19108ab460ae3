using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Campaigns;

/// <summary>Campaign progress and live statistics in one flat object (Flow reads flat objects best).</summary>
public sealed record CampaignProgressReport
{
    /// <summary>Campaign id.</summary>
    public required string CampaignId { get; init; }

    /// <summary>Campaign name, when Genesys returns it.</summary>
    public string? CampaignName { get; init; }

    /// <summary>Contact list id.</summary>
    public string? ContactListId { get; init; }

    /// <summary>Contacts in the list.</summary>
    public long? TotalNumberOfContacts { get; init; }

    /// <summary>Contacts called so far.</summary>
    public long? NumberOfContactsCalled { get; init; }

    /// <summary>Contacts messaged so far.</summary>
    public long? NumberOfContactsMessaged { get; init; }

    /// <summary>Percentage done (0-100).</summary>
    public long? Percentage { get; init; }

    /// <summary>Dial attempts.</summary>
    public long? Attempts { get; init; }

    /// <summary>Connected attempts.</summary>
    public long? Connects { get; init; }

    /// <summary>Connects / attempts.</summary>
    public double? ConnectRatio { get; init; }

    /// <summary>Agents idle right now.</summary>
    public int? IdleAgents { get; init; }

    /// <summary>Calls in progress.</summary>
    public int? OutstandingCalls { get; init; }

    /// <summary>Scheduled callbacks.</summary>
    public int? ScheduledCalls { get; init; }

    /// <summary>Valid attempts.</summary>
    public int? ValidAttempts { get; init; }

    /// <summary>Right-party contacts.</summary>
    public int? RightPartyContactsCount { get; init; }

    /// <summary>Combines the two Genesys reads.</summary>
    public static CampaignProgressReport From(string campaignId, CampaignProgress progress, CampaignStats stats)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(stats);
        return new CampaignProgressReport
        {
            CampaignId = progress.Campaign?.Id ?? campaignId,
            CampaignName = progress.Campaign?.Name,
            ContactListId = progress.ContactList?.Id,
            TotalNumberOfContacts = progress.TotalNumberOfContacts,
            NumberOfContactsCalled = progress.NumberOfContactsCalled,
            NumberOfContactsMessaged = progress.NumberOfContactsMessaged,
            Percentage = progress.Percentage,
            Attempts = stats.ContactRate?.Attempts,
            Connects = stats.ContactRate?.Connects,
            ConnectRatio = stats.ContactRate?.ConnectRatio,
            IdleAgents = stats.IdleAgents,
            OutstandingCalls = stats.OutstandingCalls,
            ScheduledCalls = stats.ScheduledCalls,
            ValidAttempts = stats.ValidAttempts,
            RightPartyContactsCount = stats.RightPartyContactsCount,
        };
    }
}
