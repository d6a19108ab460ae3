namespace CampaignBridge.Functions.Outbox;

/// <summary>The fate of one item in a request that as a whole succeeded.</summary>
internal enum ItemOutcomeKind
{
    /// <summary>Written.</summary>
    Delivered,

    /// <summary>Not written this time for a passing reason (a locked record): it stays queued.</summary>
    Retry,

    /// <summary>Refused for good (bad data, a deleted record): it goes to the poison queue with the reason.</summary>
    Rejected,
}
