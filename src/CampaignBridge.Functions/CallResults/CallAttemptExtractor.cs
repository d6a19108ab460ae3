using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Turns an analytics conversation into one attempt (reference genesys-call-results.md §6.3), parsing defensively as §1.5
/// asks: the outbound ids from any session, the disposition from any session, the result from the last <c>wrapup</c>
/// segment (an agent's preferred). A call transferred between agents is one attempt: its talk time is every agent's,
/// its result and agent are those of the last agent who wrapped it up.
/// </summary>
internal static class CallAttemptExtractor
{
    private const string AgentPurpose = "agent";
    private const string CustomerPurpose = "customer";
    private const string WrapUpSegment = "wrapup";
    private const string InteractSegment = "interact";

    /// <summary>
    /// Whether the conversation is final for logging (§1.8): it has ended, and an agent has wrapped up, or no agent took
    /// part, or <paramref name="gracePeriod"/> has passed since it ended.
    /// </summary>
    public static bool IsFinal(AnalyticsConversation conversation, DateTimeOffset now, TimeSpan gracePeriod)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.ConversationEnd is not { } end)
        {
            return false;
        }

        var agents = conversation.Participants.Where(p => string.Equals(p.Purpose, AgentPurpose, StringComparison.OrdinalIgnoreCase)).ToList();
        return agents.Count == 0
            || agents.Any(a => a.Sessions.SelectMany(s => s.Segments).Any(IsWrapUp))
            || now >= end + gracePeriod;
    }

    /// <summary>The attempt, or null when the conversation is not an outbound attempt on a Salesforce record (nothing to log).</summary>
    public static CallAttempt? Extract(AnalyticsConversation conversation, Func<string, string?> wrapUpName)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(wrapUpName);
        var sessions = conversation.Participants.SelectMany(p => p.Sessions.Select(s => (Participant: p, Session: s))).ToList();
        var outbound = sessions.Select(x => x.Session).FirstOrDefault(s => !string.IsNullOrEmpty(s.OutboundContactId) && !string.IsNullOrEmpty(s.OutboundCampaignId));
        if (conversation.ConversationId is not { Length: > 0 } conversationId
            || conversation.ConversationStart is not { } start
            || outbound is null
            || !SalesforceRecordId.TryParse(outbound.OutboundContactId, out var contactId, out _))
        {
            return null;
        }

        var customer = sessions.Where(x => IsPurpose(x.Participant, CustomerPurpose)).Select(x => x.Session).ToList();
        var agents = conversation.Participants.Where(p => IsPurpose(p, AgentPurpose)).ToList();
        var wrapUp = LastWrapUp(agents.SelectMany(a => a.Sessions)) ?? LastWrapUp(sessions.Select(x => x.Session));
        var agent = agents.LastOrDefault(a => LastWrapUp(a.Sessions) is not null) ?? agents.FirstOrDefault();
        var result = string.IsNullOrWhiteSpace(wrapUp?.WrapUpCode) ? null : wrapUp!.WrapUpCode!.Trim();
        return new CallAttempt
        {
            ConversationId = conversationId,
            CampaignId = outbound.OutboundCampaignId!,
            ContactListId = outbound.OutboundContactListId,
            ContactId = contactId.Value,
            AttemptStart = start,
            AttemptEnd = conversation.ConversationEnd,
            DialedNumber = DialedNumber(customer.Concat(sessions.Select(x => x.Session))),
            Result = result,
            ResultName = result is null || IsSystemCode(result) ? null : wrapUpName(result),
            CallAnalysis = sessions.Select(x => x.Session.DispositionName).FirstOrDefault(d => !string.IsNullOrEmpty(d)),
            AgentNote = string.IsNullOrWhiteSpace(wrapUp?.WrapUpNote) ? null : wrapUp!.WrapUpNote,
            AgentUserId = agent?.UserId,
            TalkSeconds = TalkSeconds(agents, customer),
            DisconnectType = customer.SelectMany(s => s.Segments).LastOrDefault(s => s.DisconnectType is not null)?.DisconnectType,
        };
    }

    /// <summary>System results are literal codes (<c>ININ-...</c>, <c>OUTBOUND-...</c>); anything else is an agent code's id.</summary>
    public static bool IsSystemCode(string result)
        => result.StartsWith("ININ-", StringComparison.OrdinalIgnoreCase) || result.StartsWith("OUTBOUND-", StringComparison.OrdinalIgnoreCase);

    private static bool IsWrapUp(AnalyticsSegment segment) => string.Equals(segment.SegmentType, WrapUpSegment, StringComparison.OrdinalIgnoreCase);

    private static bool IsPurpose(AnalyticsParticipant participant, string purpose) => string.Equals(participant.Purpose, purpose, StringComparison.OrdinalIgnoreCase);

    private static AnalyticsSegment? LastWrapUp(IEnumerable<AnalyticsSession> sessions)
        => sessions.SelectMany(s => s.Segments).Where(IsWrapUp).LastOrDefault(s => !string.IsNullOrWhiteSpace(s.WrapUpCode));

    private static string? DialedNumber(IEnumerable<AnalyticsSession> sessions)
    {
        var dnis = sessions.Select(s => s.Dnis).FirstOrDefault(d => !string.IsNullOrWhiteSpace(d));
        return dnis is null ? null : dnis.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) ? dnis[4..] : dnis;
    }

    /// <summary>
    /// The agents' talk time (metric <c>tTalkComplete</c> of each agent, milliseconds, added up over a transfer), else the
    /// customer's interact segments.
    /// </summary>
    private static int TalkSeconds(IReadOnlyList<AnalyticsParticipant> agents, IReadOnlyList<AnalyticsSession> customer)
    {
        // §6.3 derives talk time from tTalkComplete; a tTalk metric may cover only part of the call, so it is the fallback.
        var talked = agents
            .Select(a => a.Sessions.SelectMany(s => s.Metrics).ToList())
            .Select(metrics => metrics.FirstOrDefault(m => m.Name == "tTalkComplete") ?? metrics.FirstOrDefault(m => m.Name == "tTalk"))
            .OfType<AnalyticsMetric>()
            .ToList();
        if (talked.Count > 0)
        {
            return (int)Math.Round(talked.Sum(m => m.Value) / 1000.0);
        }

        var interact = customer.SelectMany(s => s.Segments)
            .Where(s => string.Equals(s.SegmentType, InteractSegment, StringComparison.OrdinalIgnoreCase) && s.SegmentStart is not null && s.SegmentEnd is not null)
            .Sum(s => (s.SegmentEnd!.Value - s.SegmentStart!.Value).TotalSeconds);
        return (int)Math.Round(interact);
    }
}
