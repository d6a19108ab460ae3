namespace GenesysCloud.Emulator;

/// <summary>A phone number the dialer skipped without calling (on a DNC list of the campaign).</summary>
internal sealed record SkipRecord(
    string CampaignId,
    string ContactListId,
    string ContactId,
    string PhoneColumn,
    string Number,
    string Code,
    DateTimeOffset At,
    string? ConversationId);
