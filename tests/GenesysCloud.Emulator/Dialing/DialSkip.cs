namespace GenesysCloud.Emulator;

/// <summary>A number the dialer skipped without calling because it is on one of the campaign's DNC lists.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ContactListId">The contact's list.</param>
/// <param name="ContactId">The contact.</param>
/// <param name="PhoneColumn">The column whose number was skipped.</param>
/// <param name="Number">The number as stored in the contact.</param>
/// <param name="Code"><c>ININ-OUTBOUND-ON-DO-NOT-CALL-LIST</c>.</param>
/// <param name="At">When.</param>
/// <param name="ConversationId">Its analytics conversation with <c>settings.dncSkipConversations</c>; null otherwise.</param>
public sealed record DialSkip(string CampaignId, string ContactListId, string ContactId, string PhoneColumn, string Number, string Code, DateTimeOffset At, string? ConversationId);
