namespace GenesysCloud.Emulator;

/// <summary>
/// One attempt the dialer placed, as of the moment it was read: fields that have not happened yet are null
/// (<see cref="Outcome"/> until the call is answered or ends, <see cref="WrapUpCode"/> until the result is known).
/// </summary>
/// <param name="ConversationId">The analytics conversation id (one attempt = one conversation).</param>
/// <param name="CampaignId">The campaign that dialed.</param>
/// <param name="ContactListId">The contact's list.</param>
/// <param name="ContactId">The contact.</param>
/// <param name="PhoneColumn">The phone column dialed.</param>
/// <param name="DialedNumber">The number as stored in the contact.</param>
/// <param name="State">Where the attempt is now.</param>
/// <param name="Outcome">What happened; null while it is still ringing.</param>
/// <param name="WrapUpCode">The agent's wrap-up code id, or the literal system code (<c>ININ-OUTBOUND-*</c>); null until known.</param>
/// <param name="WrapUpCodeName">The agent wrap-up code's name; null for system codes and until known.</param>
/// <param name="CallAnalysisDisposition">e.g. <c>disposition.classification.callable.noanswer</c>; null until call analysis is done.</param>
/// <param name="StartedAt">When it was dialed.</param>
/// <param name="ConnectedAt">When a person answered; null if nobody did (yet).</param>
/// <param name="EndedAt">When the call ended (the conversation end); null while live.</param>
/// <param name="ResultAt">When the result was known (end of the call, or of the agent's after-call work); null until then.</param>
/// <param name="AgentId">The agent's user id for connected agent calls (once connected); null otherwise.</param>
/// <param name="TalkDuration">Answer to end; zero until the call ended or when nobody answered.</param>
public sealed record DialAttempt(
    string ConversationId,
    string CampaignId,
    string ContactListId,
    string ContactId,
    string PhoneColumn,
    string DialedNumber,
    DialAttemptState State,
    DialOutcome? Outcome,
    string? WrapUpCode,
    string? WrapUpCodeName,
    string? CallAnalysisDisposition,
    DateTimeOffset StartedAt,
    DateTimeOffset? ConnectedAt,
    DateTimeOffset? EndedAt,
    DateTimeOffset? ResultAt,
    string? AgentId,
    TimeSpan TalkDuration)
{
    internal static DialAttempt From(AttemptRecord attempt, DateTimeOffset now)
    {
        var connected = attempt.ConnectedAt is { } at && at <= now;
        var ended = now >= attempt.EndedAt;
        var final = now >= attempt.FinalAt;
        var state = final ? DialAttemptState.Finished
            : ended ? DialAttemptState.AfterCallWork
            : connected ? DialAttemptState.Talking
            : DialAttemptState.Dialing;
        return new DialAttempt(
            attempt.ConversationId,
            attempt.CampaignId,
            attempt.ContactListId,
            attempt.ContactId,
            attempt.PhoneColumn,
            attempt.DialedNumber,
            state,
            connected || ended ? attempt.Outcome : null,
            final ? attempt.ResultCode : null,
            final ? attempt.ResultCodeName : null,
            now >= attempt.AnalysedAt ? SystemResults.Disposition(attempt.Outcome) : null,
            attempt.StartedAt,
            connected ? attempt.ConnectedAt : null,
            ended ? attempt.EndedAt : null,
            final ? attempt.FinalAt : null,
            connected ? attempt.AgentId : null,
            ended ? attempt.TalkDuration : TimeSpan.Zero);
    }
}
