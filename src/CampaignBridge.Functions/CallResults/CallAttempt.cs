namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// One dial attempt waiting to be logged in Salesforce (reference genesys-call-results.md §6.3), keyed by its
/// conversation id: a replay updates the same Task.
/// </summary>
internal sealed record CallAttempt
{
    /// <summary>The Genesys conversation id (for a contact the sweep logs, a GUID derived from campaign, contact, column and time).</summary>
    public required string ConversationId { get; init; }

    public required string CampaignId { get; init; }

    public string? ContactListId { get; init; }

    /// <summary>The Genesys contact id, which CampaignBridge makes the Salesforce Lead/Contact id.</summary>
    public required string ContactId { get; init; }

    public required DateTimeOffset AttemptStart { get; init; }

    public DateTimeOffset? AttemptEnd { get; init; }

    /// <summary>The number dialed, E.164.</summary>
    public string? DialedNumber { get; init; }

    /// <summary>The result: a system code (<c>ININ-OUTBOUND-*</c>) or an agent wrap-up code's id; null when nobody wrapped up.</summary>
    public string? Result { get; init; }

    /// <summary>The agent wrap-up code's name, when <see cref="Result"/> is one.</summary>
    public string? ResultName { get; init; }

    /// <summary>The call-analysis disposition (<c>disposition.classification.callable.machine</c>).</summary>
    public string? CallAnalysis { get; init; }

    public string? AgentNote { get; init; }

    public string? AgentUserId { get; init; }

    public int TalkSeconds { get; init; }

    public string? DisconnectType { get; init; }

    /// <summary>
    /// Logged at hang-up while the agent is still wrapping up (<c>CallResults:LogAtHangUp</c>): the Task shows the call at
    /// once, and the attempt read after the wrap-up updates the same Task with the result. Outcome rules wait for that one.
    /// </summary>
    public bool AwaitingWrapUp { get; init; }

    /// <summary>How it was found (<see cref="CallAttemptOrigins"/>).</summary>
    public string Origin { get => field ?? CallAttemptOrigins.Conversation; init; }
}
