using System.Globalization;

namespace GenesysCloud.Emulator;

/// <summary>
/// The simulated outbound dialer. It is event driven and lazy: <see cref="CatchUp"/> processes, in time order, every
/// event up to the clock's now — campaigns leaving <c>stopping</c>, attempts whose result becomes known, pace slots
/// of campaigns that are on — so whatever reads the state (a request, an in-process read) first catches up under
/// the state lock and sees exactly what the clock says. The standalone host adds a timer that catches up at each
/// next event, so its log shows the calls as they happen. Guarded by the state lock.
/// </summary>
internal sealed class DialerEngine
{
    /// <summary>Bound of one catch-up (a later one continues where it stopped).</summary>
    public const int MaxEventsPerCatchUp = 1_000_000;

    private readonly EmulatorState state;
    private readonly OutcomeModel outcomes;
    private readonly DialSelection selection;
    private readonly AttemptResults results;
    private readonly Dictionary<string, CampaignDialState> campaigns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> attemptsByNumber = new(StringComparer.Ordinal);
    private readonly List<AttemptRecord> inFlight = [];
    private long writeSequence;

    public DialerEngine(EmulatorState state, EmulatorSeed seed)
    {
        this.state = state;
        outcomes = new OutcomeModel(seed);
        selection = new DialSelection(this, state);
        results = new AttemptResults(state, seed);
        Interval = TimeSpan.FromSeconds(60.0 / seed.Dialer.AttemptsPerMinute);
    }

    /// <summary>Time between two attempts of one campaign (60 s / <c>dialer.attemptsPerMinute</c>).</summary>
    public TimeSpan Interval { get; }

    /// <summary>Every attempt placed, in order.</summary>
    public List<AttemptRecord> Attempts { get; } = [];

    /// <summary>Every DNC skip, in order.</summary>
    public List<SkipRecord> Skips { get; } = [];

    /// <summary>Called after each catch-up with the next event time (the standalone timer re-arms on it).</summary>
    public Action<DateTimeOffset?>? NextEventChanged { get; set; }

    /// <summary>Where attempt results and completions are logged (standalone); null = nowhere.</summary>
    public ILogger? Log { get; set; }

    /// <summary>Back to nothing dialed; seeded campaigns that are on get their first pace slot one interval from now.</summary>
    public void Reset(DateTimeOffset now)
    {
        campaigns.Clear();
        attemptsByNumber.Clear();
        inFlight.Clear();
        Attempts.Clear();
        Skips.Clear();
        writeSequence = 0;
        foreach (var campaign in state.Campaigns)
        {
            StateFor(campaign).NextDialAt = campaign.Status == CampaignStatuses.On ? now + Interval : null;
        }
    }

    /// <summary>A number for each contact write, so a recycle knows which held contacts it releases.</summary>
    public long NextWriteSequence() => ++writeSequence;

    public CampaignDialState StateFor(CampaignRecord campaign)
    {
        if (!campaigns.TryGetValue(campaign.Id, out var dial) || dial.ContactListId != campaign.ContactListId)
        {
            dial = new CampaignDialState(campaign.Id, campaign.ContactListId, writeSequence);
            campaigns[campaign.Id] = dial;
        }

        return dial;
    }

    /// <summary>Processes every event up to <paramref name="now"/>.</summary>
    public void CatchUp(DateTimeOffset now)
    {
        for (var processed = 0; processed < MaxEventsPerCatchUp; processed++)
        {
            if (!ProcessNext(now))
            {
                break;
            }
        }

        NextEventChanged?.Invoke(NextEventTime(DateTimeOffset.MaxValue));
    }

    /// <summary>A client changed the campaign's status (PUT, start, stop).</summary>
    public void StatusChanged(CampaignRecord campaign, string from, DateTimeOffset at)
    {
        var dial = StateFor(campaign);
        if (campaign.Status == CampaignStatuses.On)
        {
            if (from == CampaignStatuses.Complete)
            {
                // complete -> on re-runs the campaign (Terraform PR #1954): a recycle.
                dial.Recycle(writeSequence);
            }

            dial.NextDialAt ??= at + Interval;
        }
        else
        {
            // stopping and off place no new attempts; attempts in flight still finish.
            dial.NextDialAt = null;
        }
    }

    /// <summary><c>DELETE .../progress</c>: every contact is dialed again; contacts held until a recycle are released.</summary>
    public void Recycle(CampaignRecord campaign, DateTimeOffset at)
    {
        var dial = StateFor(campaign);
        dial.Recycle(writeSequence);
        if (campaign.Status == CampaignStatuses.On)
        {
            dial.NextDialAt ??= at + Interval;
        }
    }

    /// <summary>
    /// Something changed on the list (a write, a result): campaigns on it that are on look again one interval later
    /// at the latest (idle ones, and ones that were only waiting for a retry time).
    /// </summary>
    public void Wake(string contactListId, DateTimeOffset at)
    {
        foreach (var campaign in state.Campaigns.Where(c => c.Status == CampaignStatuses.On
                     && string.Equals(c.ContactListId, contactListId, StringComparison.OrdinalIgnoreCase)))
        {
            var dial = StateFor(campaign);
            if (dial.NextDialAt is not { } next || next > at + Interval)
            {
                dial.NextDialAt = at + Interval;
            }
        }
    }

    public IReadOnlyList<AttemptRecord> InFlight => inFlight;

    internal void RecordDncSkip(CampaignRecord campaign, ContactRecord contact, string column, string number, DateTimeOffset at)
    {
        contact.RecordCall(column, new EmulatedCallRecord(at, SystemResults.OnDoNotCallList, null, campaign.Id));
        var conversationId = state.Settings.DncSkipConversations
            ? DeterministicIds.Guid(campaign.Id, contact.Id, column, at.UtcTicks.ToString(CultureInfo.InvariantCulture), "dnc-skip")
            : null;
        Skips.Add(new SkipRecord(campaign.Id, contact.ContactListId, contact.Id, column, number, SystemResults.OnDoNotCallList, at, conversationId));
    }

    /// <summary>The earliest event at or before <paramref name="until"/>, or null.</summary>
    public DateTimeOffset? NextEventTime(DateTimeOffset until) => NextEvent(until)?.At;

    private bool ProcessNext(DateTimeOffset now)
    {
        var next = NextEvent(now);
        if (next is null)
        {
            return false;
        }

        switch (next)
        {
            case { Campaign: { } stopping, Kind: DialerEventKind.StoppingEnds }:
                stopping.Settle(next.At);
                break;
            case { Attempt: { } attempt }:
                inFlight.Remove(attempt);
                results.Finalize(attempt);
                Log?.LogInformation("Dialer: campaign {CampaignId} contact {ContactId} ({Column}) -> {Result}, conversation {ConversationId}",
                    attempt.CampaignId, attempt.ContactId, attempt.PhoneColumn, attempt.ResultCodeName ?? attempt.ResultCode, attempt.ConversationId);
                Wake(attempt.ContactListId, attempt.FinalAt);
                break;
            case { Campaign: { } campaign }:
                Dial(campaign, next.At);
                break;
        }

        return true;
    }

    private DialerEvent? NextEvent(DateTimeOffset until)
    {
        DialerEvent? best = null;
        void Consider(DialerEvent candidate)
        {
            if (candidate.At <= until && (best is null || candidate.At < best.At || (candidate.At == best.At && candidate.Kind < best.Kind)))
            {
                best = candidate;
            }
        }

        foreach (var campaign in state.Campaigns)
        {
            if (campaign.Status == CampaignStatuses.Stopping && campaign.StopsAt is { } stopsAt)
            {
                Consider(new DialerEvent(stopsAt, DialerEventKind.StoppingEnds, campaign, null));
            }

            if (campaign.Status == CampaignStatuses.On && campaigns.TryGetValue(campaign.Id, out var dial) && dial.NextDialAt is { } dialAt)
            {
                Consider(new DialerEvent(dialAt, DialerEventKind.PaceSlot, campaign, null));
            }
        }

        foreach (var attempt in inFlight)
        {
            Consider(new DialerEvent(attempt.FinalAt, DialerEventKind.ResultKnown, null, attempt));
        }

        return best;
    }

    private void Dial(CampaignRecord campaign, DateTimeOffset at)
    {
        var dial = StateFor(campaign);
        dial.NextDialAt = null;
        dial.LastDialAt = at;
        if (state.FindContactList(dial.ContactListId) is not { } list)
        {
            return;
        }

        var pick = selection.Next(campaign, dial, list, at, out var pending);
        if (pick is not null)
        {
            Place(campaign, dial, pick, at);
            dial.NextDialAt = at + Interval;
            return;
        }

        if (pending.EarliestRetry is { } retryAt)
        {
            dial.NextDialAt = retryAt > at + Interval ? retryAt : at + Interval;
        }
        else if (!pending.InFlight && !campaign.AlwaysRunning && state.Settings.CampaignCompletesWhenExhausted)
        {
            campaign.Status = CampaignStatuses.Complete;
            campaign.StopsAt = null;
            Log?.LogInformation("Dialer: campaign {CampaignId} has nothing left to dial and is complete", campaign.Id);
        }
    }

    private void Place(CampaignRecord campaign, CampaignDialState dial, DialPick pick, DateTimeOffset at)
    {
        var attemptOfContact = dial.AttemptsPerContact.GetValueOrDefault(pick.Contact.Id);
        dial.AttemptsPerContact[pick.Contact.Id] = attemptOfContact + 1;
        var attemptOfNumber = attemptsByNumber.GetValueOrDefault(pick.Number);
        attemptsByNumber[pick.Number] = attemptOfNumber + 1;
        var attempt = outcomes.Plan(new AttemptRequest(
            campaign.Id, dial.ContactListId, pick.Contact.Id, pick.Column, pick.Number, campaign.CallerAddress,
            campaign.IsAgentless, campaign.NoAnswerTimeoutSeconds, attemptOfContact, attemptOfNumber, at));
        attempt.Pass = pick.Pass;
        pick.Pass.ColumnAttempts[pick.Column] = pick.Pass.ColumnAttempts.GetValueOrDefault(pick.Column) + 1;
        dial.CalledContacts.Add(pick.Contact.Id);
        pick.Contact.InFlight = attempt;
        Attempts.Add(attempt);
        inFlight.Add(attempt);
    }
}
