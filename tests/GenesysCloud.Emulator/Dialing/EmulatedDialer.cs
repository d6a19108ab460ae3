namespace GenesysCloud.Emulator;

/// <summary>
/// In-process view of the emulator's dialer. Every read first lets the dialer catch up with the emulator's
/// TimeProvider, so after <c>FakeTimeProvider.Advance</c> a read shows exactly what happened by then.
/// </summary>
public sealed class EmulatedDialer
{
    private readonly EmulatorState state;

    internal EmulatedDialer(EmulatorState state) => this.state = state;

    /// <summary>Time between two attempts of one campaign: 60 s / <c>dialer.attemptsPerMinute</c>.</summary>
    public TimeSpan Pace => state.Dialer.Interval;

    /// <summary>Every attempt placed so far, in the order placed.</summary>
    public IReadOnlyList<DialAttempt> Attempts
    {
        get
        {
            using var sync = state.Synchronize(out var now);
            return [.. state.Dialer.Attempts.Select(a => DialAttempt.From(a, now))];
        }
    }

    /// <summary>Every DNC skip so far, in order.</summary>
    public IReadOnlyList<DialSkip> Skips
    {
        get
        {
            using var sync = state.Synchronize(out _);
            return [.. state.Dialer.Skips.Select(s => new DialSkip(s.CampaignId, s.ContactListId, s.ContactId, s.PhoneColumn, s.Number, s.Code, s.At, s.ConversationId))];
        }
    }

    /// <summary>Makes the dialer catch up with the clock now (reads do this on their own).</summary>
    public void CatchUp()
    {
        using var sync = state.Synchronize(out _);
    }

    /// <summary>The attempts of one campaign, in the order placed.</summary>
    public IReadOnlyList<DialAttempt> AttemptsOf(string campaignId) =>
        [.. Attempts.Where(a => string.Equals(a.CampaignId, campaignId, StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// The campaign's queue: the contacts of its list it has not finished with, in dial order (priority ones first);
    /// empty for an unknown campaign.
    /// </summary>
    public IReadOnlyList<DialerQueueEntry> QueueOf(string campaignId)
    {
        using var sync = state.Synchronize(out _);
        return state.FindCampaign(campaignId) is { } campaign ? DialerQueueView.Of(state, campaign) : [];
    }

    /// <summary>When the campaign may place its next attempt; null when it is not dialing (off, complete, or idle until a write).</summary>
    public DateTimeOffset? NextDialAt(string campaignId)
    {
        using var sync = state.Synchronize(out _);
        return state.FindCampaign(campaignId) is { } campaign ? state.Dialer.StateFor(campaign).NextDialAt : null;
    }
}
