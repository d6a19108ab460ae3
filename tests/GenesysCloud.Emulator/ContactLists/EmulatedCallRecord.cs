namespace GenesysCloud.Emulator;

/// <summary>The last attempt on one phone column of a contact (<c>DialerContact.callRecords[column]</c>, plus what the export shows).</summary>
/// <param name="LastAttempt">When the attempt started (or the number was skipped).</param>
/// <param name="LastResult">System wrap-up code, or the agent's wrap-up (name or id per <c>settings.callRecordAgentResult</c>).</param>
/// <param name="LastAgentWrapUp">The agent wrap-up code's name; null for system results.</param>
/// <param name="CampaignId">The campaign that made the attempt.</param>
public sealed record EmulatedCallRecord(DateTimeOffset LastAttempt, string LastResult, string? LastAgentWrapUp, string CampaignId);
