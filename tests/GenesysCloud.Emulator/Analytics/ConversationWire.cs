using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>
/// An attempt as an analytics conversation (<c>AnalyticsConversationWithoutAttributes</c>, results reference §1.5),
/// showing only what has happened by <c>now</c>: no <c>conversationEnd</c> while live, open segments without
/// <c>segmentEnd</c>, the disposition once call analysis is done, the agent's wrap-up segment only after the
/// after-call work (it arrives later than the conversation end). Empty arrays are left out, as Genesys does.
/// </summary>
/// <remarks>
/// Participants (a documented choice for what the reference leaves UNCONFIRMED, §1.5 "parse defensively"):
/// <list type="bullet">
/// <item><c>customer</c>: the dialed leg — <c>dnis</c> <c>tel:</c> + the number, <c>ani</c> the caller address,
/// <c>dispositionAnalyzer</c>/<c>dispositionName</c>, segments <c>dialing</c> then (if answered) <c>interact</c>,
/// <c>disconnectType</c> on the last, metrics <c>nOutboundAttempted</c>/<c>nOutboundConnected</c>/<c>tTalk</c>.</item>
/// <item><c>agent</c> (connected calls of campaigns with agents): <c>userId</c>, segments <c>interact</c> and, after
/// ACW, <c>wrapup</c> with the wrap-up code id and note; metrics <c>tTalk</c>, <c>tTalkComplete</c>, <c>tAcw</c>, <c>tHandle</c>.</item>
/// <item><c>outbound</c> (every attempt an agent does not wrap up: system results, agentless calls, DNC skips):
/// the dialer, whose session ends with a <c>wrapup</c> segment holding the literal system code.</item>
/// </list>
/// Every session carries <c>outboundCampaignId</c>, <c>outboundContactId</c> and <c>outboundContactListId</c>.
/// </remarks>
internal static class ConversationWire
{
    public static JsonObject ForAttempt(AttemptRecord attempt, DateTimeOffset now)
    {
        var ended = now >= attempt.EndedAt;
        var conversation = Conversation(attempt.ConversationId, attempt.StartedAt, ended ? attempt.EndedAt : null);
        var participants = new JsonArray { Customer(attempt, now) };
        if (attempt.HasAgent)
        {
            if (attempt.ConnectedAt <= now)
            {
                participants.Add(Agent(attempt, now));
            }
        }
        else
        {
            participants.Add(Dialer(attempt.IdFor("outbound"), attempt.IdFor("outbound-session"), Ids(attempt.CampaignId, attempt.ContactId, attempt.ContactListId),
                ended ? attempt.ResultCode : null, attempt.EndedAt));
        }

        conversation["participants"] = participants;
        return conversation;
    }

    public static JsonObject ForSkip(SkipRecord skip)
    {
        var conversation = Conversation(skip.ConversationId!, skip.At, skip.At);
        var ids = Ids(skip.CampaignId, skip.ContactId, skip.ContactListId);
        var customerSession = Session(DeterministicIds.Guid(skip.ConversationId!, "customer-session"), ids);
        customerSession["dnis"] = Tel(skip.Number);
        conversation["participants"] = new JsonArray
        {
            Participant(DeterministicIds.Guid(skip.ConversationId!, "customer"), skip.Number, "customer", null, customerSession),
            Dialer(DeterministicIds.Guid(skip.ConversationId!, "outbound"), DeterministicIds.Guid(skip.ConversationId!, "outbound-session"), ids, skip.Code, skip.At),
        };
        return conversation;
    }

    /// <summary><c>tel:</c> + the number without formatting characters (Genesys analytics addresses are <c>tel:</c> URIs).</summary>
    public static string Tel(string number) =>
        "tel:" + (number.TrimStart().StartsWith('+') ? "+" : "") + new string([.. number.Where(char.IsAsciiDigit)]);

    private static JsonObject Conversation(string id, DateTimeOffset start, DateTimeOffset? end)
    {
        var conversation = new JsonObject { ["conversationId"] = id, ["conversationStart"] = EmulatorState.Timestamp(start) };
        if (end is { } ended)
        {
            conversation["conversationEnd"] = EmulatorState.Timestamp(ended);
        }

        conversation["originatingDirection"] = "outbound";
        return conversation;
    }

    private static JsonObject Customer(AttemptRecord attempt, DateTimeOffset now)
    {
        var session = Session(attempt.IdFor("customer-session"), Ids(attempt.CampaignId, attempt.ContactId, attempt.ContactListId));
        session["ani"] = Tel(attempt.CallerAddress);
        session["dnis"] = Tel(attempt.DialedNumber);
        if (now >= attempt.AnalysedAt)
        {
            session["dispositionAnalyzer"] = SystemResults.Analyzer(attempt.Outcome);
            session["dispositionName"] = SystemResults.Disposition(attempt.Outcome);
        }

        var disconnect = SystemResults.CustomerDisconnect(attempt.Outcome);
        var segments = new JsonArray { Segment("dialing", attempt.StartedAt, attempt.ConnectedAt ?? attempt.EndedAt, now, attempt.ConnectedAt is null ? disconnect : null) };
        if (attempt.ConnectedAt is { } connected && connected <= now)
        {
            segments.Add(Segment("interact", connected, attempt.EndedAt, now, disconnect));
        }

        session["segments"] = segments;
        var metrics = new JsonArray { Metric("nOutboundAttempted", 1, attempt.StartedAt) };
        if (attempt.ConnectedAt is { } answered && answered <= now)
        {
            metrics.Add(Metric("nOutboundConnected", 1, answered));
            if (now >= attempt.EndedAt)
            {
                metrics.Add(Metric("tTalk", (long)attempt.TalkDuration.TotalMilliseconds, attempt.EndedAt));
            }
        }

        session["metrics"] = metrics;
        return Participant(attempt.IdFor("customer"), attempt.DialedNumber, "customer", null, session);
    }

    private static JsonObject Agent(AttemptRecord attempt, DateTimeOffset now)
    {
        var session = Session(attempt.IdFor("agent-session"), Ids(attempt.CampaignId, attempt.ContactId, attempt.ContactListId));
        session["dnis"] = Tel(attempt.DialedNumber);
        var segments = new JsonArray { Segment("interact", attempt.ConnectedAt!.Value, attempt.EndedAt, now, "client") };
        var metrics = new JsonArray();
        if (now >= attempt.EndedAt)
        {
            var talk = (long)attempt.TalkDuration.TotalMilliseconds;
            metrics.Add(Metric("tTalk", talk, attempt.EndedAt));
            metrics.Add(Metric("tTalkComplete", talk, attempt.EndedAt));
        }

        if (now >= attempt.FinalAt)
        {
            var wrapUp = Segment("wrapup", attempt.EndedAt, attempt.FinalAt, now, "client");
            wrapUp["wrapUpCode"] = attempt.ResultCode;
            wrapUp["wrapUpNote"] = attempt.WrapUpNote;
            segments.Add(wrapUp);
            var acw = (long)(attempt.FinalAt - attempt.EndedAt).TotalMilliseconds;
            metrics.Add(Metric("tAcw", acw, attempt.FinalAt));
            metrics.Add(Metric("tHandle", (long)attempt.TalkDuration.TotalMilliseconds + acw, attempt.FinalAt));
        }

        session["segments"] = segments;
        if (metrics.Count > 0)
        {
            session["metrics"] = metrics;
        }

        return Participant(attempt.IdFor("agent"), attempt.AgentName, "agent", attempt.AgentId, session);
    }

    private static JsonObject Dialer(string participantId, string sessionId, (string Campaign, string Contact, string List) ids, string? code, DateTimeOffset at)
    {
        var session = Session(sessionId, ids);
        if (code is not null)
        {
            var wrapUp = Segment("wrapup", at, at, at, null);
            wrapUp["wrapUpCode"] = code;
            session["segments"] = new JsonArray { wrapUp };
        }

        return Participant(participantId, "Outbound", "outbound", null, session);
    }

    private static JsonObject Participant(string id, string? name, string purpose, string? userId, JsonObject session)
    {
        var participant = new JsonObject { ["participantId"] = id };
        if (name is not null)
        {
            participant["participantName"] = name;
        }

        participant["purpose"] = purpose;
        if (userId is not null)
        {
            participant["userId"] = userId;
        }

        participant["sessions"] = new JsonArray { session };
        return participant;
    }

    private static JsonObject Session(string id, (string Campaign, string Contact, string List) ids) => new()
    {
        ["sessionId"] = id,
        ["mediaType"] = "voice",
        ["direction"] = "outbound",
        ["outboundCampaignId"] = ids.Campaign,
        ["outboundContactId"] = ids.Contact,
        ["outboundContactListId"] = ids.List,
    };

    private static (string Campaign, string Contact, string List) Ids(string campaignId, string contactId, string contactListId) =>
        (campaignId, contactId, contactListId);

    private static JsonObject Segment(string type, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, string? disconnectType)
    {
        var segment = new JsonObject { ["segmentStart"] = EmulatorState.Timestamp(start) };
        if (now >= end)
        {
            segment["segmentEnd"] = EmulatorState.Timestamp(end);
        }

        segment["segmentType"] = type;
        if (now >= end && disconnectType is not null)
        {
            segment["disconnectType"] = disconnectType;
        }

        return segment;
    }

    private static JsonObject Metric(string name, long value, DateTimeOffset emitted) =>
        new() { ["name"] = name, ["value"] = value, ["emitDate"] = EmulatorState.Timestamp(emitted) };
}
