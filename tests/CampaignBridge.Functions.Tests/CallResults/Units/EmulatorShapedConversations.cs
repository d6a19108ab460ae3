using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Tests.CallResults.Units;

/// <summary>
/// Analytics conversations shaped as the dialing emulator builds them (GenesysCloud.Emulator's analytics
/// <c>ConversationWire</c>, results reference §1.5): a <c>customer</c> participant with the dialed leg, an <c>agent</c>
/// participant for connected agent calls (wrap-up segment after the after-call work), and an <c>outbound</c> participant
/// holding the literal system code for every attempt no agent wraps up. Every session carries the outbound ids.
/// </summary>
internal static class EmulatorShapedConversations
{
    public const string ConversationId = "6a1c2f0e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string CampaignId = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    public const string ContactListId = "7e2a9b3c-1d4e-4f5a-8b6c-000000000002";
    public const string LeadId = "00Q5g00000AbCdE";
    public const string ContactId = "0035g00000XyZaA";
    public const string Number = "+13175550101";
    public const string AgentUserId = "a7b8c9d0-e1f2-4a3b-9c4d-000000000003";
    public const string SaleCodeId = "f1e2d3c4-b5a6-4978-8a9b-000000000004";

    /// <summary>When the dialer places every attempt here.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// An attempt that ended with a system result after <paramref name="seconds"/> (no answer, busy, machine, fax, SIT):
    /// the customer leg only dialed, and the dialer's wrap-up holds <paramref name="code"/>.
    /// </summary>
    public static AnalyticsConversation SystemResult(string code, string disposition, string disconnectType, int seconds = 30, string contactId = LeadId)
    {
        var end = Start.AddSeconds(seconds);
        return Conversation(end,
            Customer(contactId, disposition, [Segment("dialing", Start, end, disconnectType)], [new AnalyticsMetric("nOutboundAttempted", 1)]),
            Dialer(contactId, code, end));
    }

    /// <summary>
    /// A call answered after 5 s, talked for <paramref name="talkSeconds"/> and, when <paramref name="wrappedUp"/>, wrapped up by
    /// the agent 20 s after it ended with <paramref name="wrapUpCodeId"/> and <paramref name="note"/>.
    /// </summary>
    public static AnalyticsConversation AgentCall(
        string wrapUpCodeId = SaleCodeId, string note = "Renewed for a year", int talkSeconds = 95, bool wrappedUp = true, string contactId = LeadId)
    {
        var connected = Start.AddSeconds(5);
        var end = connected.AddSeconds(talkSeconds);
        var talk = talkSeconds * 1000L;
        List<AnalyticsSegment> agentSegments = [Segment("interact", connected, end, "client")];
        List<AnalyticsMetric> agentMetrics = [new("tTalk", talk), new("tTalkComplete", talk)];
        if (wrappedUp)
        {
            agentSegments.Add(Segment("wrapup", end, end.AddSeconds(20), "client") with { WrapUpCode = wrapUpCodeId, WrapUpNote = note });
            agentMetrics.Add(new AnalyticsMetric("tAcw", 20_000));
            agentMetrics.Add(new AnalyticsMetric("tHandle", talk + 20_000));
        }

        var agent = new AnalyticsParticipant
        {
            ParticipantId = "agent",
            Purpose = "agent",
            UserId = AgentUserId,
            Sessions = [Session(contactId) with { Dnis = Tel(Number), Segments = agentSegments, Metrics = agentMetrics }],
        };
        return Conversation(end, ConnectedCustomer(contactId, connected, end, talk), agent);
    }

    /// <summary>An agentless campaign's answered call: the flow took it, the dialer's wrap-up says so.</summary>
    public static AnalyticsConversation AgentlessCall(int talkSeconds = 42)
    {
        var connected = Start.AddSeconds(5);
        var end = connected.AddSeconds(talkSeconds);
        return Conversation(end, ConnectedCustomer(LeadId, connected, end, talkSeconds * 1000L), Dialer(LeadId, "ININ-OUTBOUND-TRANSFERRED-TO-FLOW", end));
    }

    /// <summary>A contact the dialer skipped because its number is on a DNC list: no call, start and end the same.</summary>
    public static AnalyticsConversation DoNotCallSkip()
    {
        var customer = new AnalyticsParticipant { ParticipantId = "customer", Purpose = "customer", Sessions = [Session(LeadId) with { Dnis = Tel(Number) }] };
        return Conversation(Start, customer, Dialer(LeadId, "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST", Start));
    }

    public static AnalyticsSession Session(string contactId = LeadId) => new()
    {
        SessionId = Guid.NewGuid().ToString(),
        MediaType = "voice",
        Direction = "outbound",
        OutboundCampaignId = CampaignId,
        OutboundContactId = contactId,
        OutboundContactListId = ContactListId,
    };

    public static AnalyticsSegment Segment(string type, DateTimeOffset start, DateTimeOffset end, string? disconnectType = null)
        => new() { SegmentType = type, SegmentStart = start, SegmentEnd = end, DisconnectType = disconnectType };

    public static string Tel(string number) => "tel:" + number;

    private static AnalyticsConversation Conversation(DateTimeOffset end, params AnalyticsParticipant[] participants) => new()
    {
        ConversationId = ConversationId,
        ConversationStart = Start,
        ConversationEnd = end,
        OriginatingDirection = "outbound",
        Participants = participants,
    };

    private static AnalyticsParticipant Customer(string contactId, string disposition, List<AnalyticsSegment> segments, List<AnalyticsMetric> metrics) => new()
    {
        ParticipantId = "customer",
        Purpose = "customer",
        Sessions = [Session(contactId) with { Dnis = Tel(Number), DispositionName = disposition, Segments = segments, Metrics = metrics }],
    };

    private static AnalyticsParticipant ConnectedCustomer(string contactId, DateTimeOffset connected, DateTimeOffset end, long talkMilliseconds)
        => Customer(contactId, "disposition.classification.callable.person",
            [Segment("dialing", Start, connected), Segment("interact", connected, end, "peer")],
            [new("nOutboundAttempted", 1), new("nOutboundConnected", 1), new("tTalk", talkMilliseconds)]);

    private static AnalyticsParticipant Dialer(string contactId, string code, DateTimeOffset at) => new()
    {
        ParticipantId = "outbound",
        Purpose = "outbound",
        Sessions = [Session(contactId) with { Segments = [new AnalyticsSegment { SegmentType = "wrapup", SegmentStart = at, SegmentEnd = at, WrapUpCode = code }] }],
    };
}
