namespace CampaignBridge.Functions.Contacts;

/// <summary>Answer of UpsertContacts: how many records Genesys accepted and which were rejected and why.</summary>
public sealed record UpsertContactsResult
{
    /// <summary>Records written to the contact list.</summary>
    public int Accepted { get; init; }

    /// <summary>Records not written, one entry per problem.</summary>
    public required IReadOnlyList<RejectedRecord> Rejected { get; init; }
}
