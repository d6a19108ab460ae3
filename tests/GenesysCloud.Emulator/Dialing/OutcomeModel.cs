using System.Globalization;

namespace GenesysCloud.Emulator;

/// <summary>
/// Decides an attempt's outcome, durations, wrap-up and agent from the seed's model. Deterministic: the draws come
/// from a hash of the dialer's random seed, the campaign, the contact and the contact's attempt number in that
/// campaign; scripted numbers (<c>dialer.outcomesByNumber</c>) win over the shares.
/// </summary>
internal sealed class OutcomeModel(EmulatorSeed seed)
{
    /// <summary>Genesys's default <c>noAnswerTimeout</c> in seconds.</summary>
    public const int DefaultNoAnswerTimeoutSeconds = 30;

    private readonly DialerSeed dialer = seed.Dialer;

    public AttemptRecord Plan(AttemptRequest request)
    {
        string[] key =
        [
            dialer.RandomSeed.ToString(CultureInfo.InvariantCulture), request.CampaignId, request.ContactId,
            request.AttemptOfContact.ToString(CultureInfo.InvariantCulture),
        ];
        var random = DeterministicIds.Random(key);
        var scripted = Scripted(request.DialedNumber, request.AttemptOfNumber);
        var outcome = scripted?.Outcome ?? DrawOutcome(random.NextDouble());
        var conversationId = DeterministicIds.Guid([.. key, "conversation"]);
        var start = request.At;
        if (outcome != DialOutcome.Connected)
        {
            var seconds = dialer.CallSeconds.For(outcome);
            if (outcome == DialOutcome.NoAnswer && seconds == 0)
            {
                seconds = request.NoAnswerTimeoutSeconds ?? DefaultNoAnswerTimeoutSeconds;
            }

            var end = start.AddSeconds(seconds);
            return Record(request, conversationId, outcome, SystemResults.WrapUpCode(outcome), null, "", start, null, end, end, null);
        }

        var connectedAt = start.AddSeconds(dialer.CallSeconds.ConnectSeconds);
        var wrapUp = scripted?.WrapUpCodeId is { } scriptedCode
            ? dialer.ConnectedWrapUps.FirstOrDefault(w => w.WrapUpCodeId == scriptedCode) ?? new ConnectedWrapUpSeed { WrapUpCodeId = scriptedCode }
            : DrawWrapUp(random.NextDouble());
        var talk = wrapUp?.TalkSeconds ?? SecondsRange.Between(60, 180);
        var ended = connectedAt.AddSeconds(talk.Min + random.Next(talk.Max - talk.Min + 1));
        if (request.Agentless)
        {
            return Record(request, conversationId, outcome, SystemResults.TransferredToFlow, null, "", start, connectedAt, ended, ended, null);
        }

        var agent = seed.Agents.Count == 0 ? null : seed.Agents[random.Next(seed.Agents.Count)];
        var code = wrapUp is null ? SystemResults.WrapUpTimeout : wrapUp.WrapUpCodeId;
        var name = wrapUp is null ? null : seed.WrapUpCodes.FirstOrDefault(c => c.Id == code)?.Name;
        var final = ended.AddSeconds(dialer.AfterCallWorkSeconds);
        return Record(request, conversationId, outcome, code, name, wrapUp?.WrapUpNote ?? "", start, connectedAt, ended, final, agent);
    }

    private static AttemptRecord Record(
        AttemptRequest request, string conversationId, DialOutcome outcome, string code, string? codeName, string note,
        DateTimeOffset start, DateTimeOffset? connected, DateTimeOffset ended, DateTimeOffset final, AgentSeed? agent) => new()
    {
        ConversationId = conversationId,
        CampaignId = request.CampaignId,
        ContactListId = request.ContactListId,
        ContactId = request.ContactId,
        PhoneColumn = request.PhoneColumn,
        DialedNumber = request.DialedNumber,
        CallerAddress = request.CallerAddress,
        Outcome = outcome,
        ResultCode = code,
        ResultCodeName = codeName,
        WrapUpNote = note,
        StartedAt = start,
        ConnectedAt = connected,
        EndedAt = ended,
        FinalAt = final,
        AgentId = agent?.Id,
        AgentName = agent?.Name,
        Agentless = request.Agentless,
    };

    private ScriptedOutcome? Scripted(string number, int attemptOfNumber)
    {
        if (!dialer.OutcomesByNumber.TryGetValue(number, out var script) || script.Count == 0)
        {
            return null;
        }

        ScriptedOutcome.TryParse(script[Math.Min(attemptOfNumber, script.Count - 1)], seed.WrapUpCodes, out var outcome);
        return outcome;
    }

    private DialOutcome DrawOutcome(double draw)
    {
        var outcomes = Enum.GetValues<DialOutcome>();
        var total = outcomes.Sum(dialer.Outcomes.ShareOf);
        var point = draw * total;
        foreach (var outcome in outcomes)
        {
            point -= dialer.Outcomes.ShareOf(outcome);
            if (point < 0)
            {
                return outcome;
            }
        }

        return outcomes.Last(o => dialer.Outcomes.ShareOf(o) > 0);
    }

    private ConnectedWrapUpSeed? DrawWrapUp(double draw)
    {
        var wrapUps = dialer.ConnectedWrapUps;
        var total = wrapUps.Sum(w => w.Share);
        if (wrapUps.Count == 0 || total <= 0)
        {
            return null;
        }

        var point = draw * total;
        foreach (var wrapUp in wrapUps)
        {
            point -= wrapUp.Share;
            if (point < 0)
            {
                return wrapUp;
            }
        }

        return wrapUps.Last(w => w.Share > 0);
    }
}
