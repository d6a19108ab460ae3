namespace GenesysCloud.Emulator;

/// <summary>
/// One dial attempt as planned when it was placed: every time is fixed then, and readers show only what has
/// happened by the time they read (guarded by the state lock).
/// </summary>
internal sealed class AttemptRecord
{
    public required string ConversationId { get; init; }

    public required string CampaignId { get; init; }

    public required string ContactListId { get; init; }

    public required string ContactId { get; init; }

    public required string PhoneColumn { get; init; }

    public required string DialedNumber { get; init; }

    /// <summary>The campaign's <c>callerAddress</c> (analytics <c>ani</c>).</summary>
    public required string CallerAddress { get; init; }

    public required DialOutcome Outcome { get; init; }

    /// <summary>Agent wrap-up code id, or the literal system code.</summary>
    public required string ResultCode { get; init; }

    /// <summary>The agent wrap-up code's name; null for system codes.</summary>
    public string? ResultCodeName { get; init; }

    public string WrapUpNote { get; init; } = "";

    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When a person answered; null for calls nobody answered.</summary>
    public DateTimeOffset? ConnectedAt { get; init; }

    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>When the result is known: the end of the call, or of the agent's after-call work.</summary>
    public required DateTimeOffset FinalAt { get; init; }

    public string? AgentId { get; init; }

    public string? AgentName { get; init; }

    /// <summary>The campaign is agentless: a connected call goes to a flow, not an agent.</summary>
    public bool Agentless { get; init; }

    public bool Finalized { get; set; }

    /// <summary>The queue pass it belongs to (null once a re-queue or recycle replaced that pass).</summary>
    public ContactPass? Pass { get; set; }

    public bool HasAgent => Outcome == DialOutcome.Connected && !Agentless;

    public TimeSpan TalkDuration => ConnectedAt is { } connected ? EndedAt - connected : TimeSpan.Zero;

    /// <summary>When the call-analysis result is known: at answer for connected calls, at the end otherwise.</summary>
    public DateTimeOffset AnalysedAt => ConnectedAt ?? EndedAt;

    /// <summary>Stable ids derived from the conversation id (participants, sessions).</summary>
    public string IdFor(string part) => DeterministicIds.Guid(ConversationId, part);
}
