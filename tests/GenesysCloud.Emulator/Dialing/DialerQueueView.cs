namespace GenesysCloud.Emulator;

/// <summary>The queue of a campaign as <see cref="DialerQueueEntry"/>s (read under the state lock).</summary>
internal static class DialerQueueView
{
    public static IReadOnlyList<DialerQueueEntry> Of(EmulatorState state, CampaignRecord campaign)
    {
        var dial = state.Dialer.StateFor(campaign);
        if (state.FindContactList(dial.ContactListId) is not { } list)
        {
            return [];
        }

        var queue = new List<DialerQueueEntry>();
        foreach (var contact in list.QueueOrder)
        {
            var pass = dial.Passes.TryGetValue(contact.Id, out var p) && p.Generation == contact.QueueGeneration ? p : null;
            if (pass?.Done == true)
            {
                continue;
            }

            queue.Add(new DialerQueueEntry(
                contact.Id, pass?.Attempts ?? 0, pass?.RetryAt, contact.InFlight is not null, contact.Callable,
                contact.HeldSince > dial.RecycledAtSequence));
        }

        return queue;
    }
}
