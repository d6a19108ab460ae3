namespace GenesysCloud.Emulator;

/// <summary>
/// Names the detail query accepts (results reference §1.2; SDK <c>SegmentDetailQueryPredicate</c> and
/// <c>ConversationDetailQueryPredicate</c> enums). Anything else is a 400 <c>invalid.value</c>, e.g.
/// <c>dispositionName</c>, which is a session field but not a filterable dimension.
/// </summary>
internal static class AnalyticsVocabulary
{
    public static readonly IReadOnlySet<string> SegmentDimensions = new HashSet<string>(StringComparer.Ordinal)
    {
        "addressFrom", "addressTo", "agentAssistantId", "agentOwned", "ani", "authenticated", "bargedParticipantId", "callbackNumber",
        "callbackScheduledTime", "canonicalExternalContactId", "cleared", "coachedParticipantId", "conference", "deliveryStatus",
        "destinationAddress", "destinationConversationId", "direction", "disconnectType", "dnis", "edgeId", "errorCode", "exitReason",
        "extendedDeliveryStatus", "externalContactId", "externalOrganizationId", "flaggedReason", "flowId", "flowName", "flowOutType",
        "flowOutcome", "flowOutcomeId", "flowOutcomeValue", "flowVersion", "groupId", "mediaCount", "mediaType", "messageType",
        "monitoredParticipantId", "outboundCampaignId", "outboundContactId", "outboundContactListId", "participantName",
        "protocolCallId", "provider", "purpose", "queueId", "recording", "remote", "remoteNameDisplayable", "requestedLanguageId",
        "requestedRouting", "requestedRoutingSkillId", "scoredAgentId", "scriptId", "segmentEnd", "segmentType", "sessionDnis",
        "sipResponseCode", "subject", "teamId", "transferTargetAddress", "transferTargetName", "transferType", "usedRouting",
        "userId", "wrapUpCode", "wrapUpNote",
    };

    public static readonly IReadOnlySet<string> SegmentMetrics = new HashSet<string>(StringComparer.Ordinal) { "tSegmentDuration" };

    /// <summary>The complete list of §1.2.</summary>
    public static readonly IReadOnlySet<string> ConversationDimensions = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessAttribute", "conversationEnd", "conversationId", "conversationInitiator", "conversationStart", "customerParticipation",
        "divisionId", "externalTag", "mediaStatsMinConversationMos", "originatingDirection", "originatingSocialMediaPublic",
    };

    /// <summary>The conversation metrics the emulator computes (a subset of the SDK enum; others are refused).</summary>
    public static readonly IReadOnlySet<string> ConversationMetrics = new HashSet<string>(StringComparer.Ordinal)
    {
        "nOutbound", "nOutboundAttempted", "nOutboundConnected", "nOutboundAbandoned", "tDialing", "tContacting", "tTalk",
        "tTalkComplete", "tAcw", "tHandle", "tHeld", "tConversationDuration",
    };

    public static readonly IReadOnlyList<string> Orders = ["asc", "desc", "unordered"];

    public static readonly IReadOnlyList<string> OrderBys = ["conversationStart", "conversationEnd", "segmentStart", "segmentEnd"];

    public static readonly IReadOnlyList<string> Operators = ["matches", "exists", "notExists"];

    public static readonly IReadOnlyList<string> FilterTypes = ["and", "or"];

    public static readonly IReadOnlyList<string> PredicateTypes = ["dimension", "property", "metric"];
}
