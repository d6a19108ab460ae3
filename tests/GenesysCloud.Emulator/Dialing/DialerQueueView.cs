namespace GenesysCloud.Emulator;

/// <summary>The queue of a campaign as <see cref="QueuedContact"/>s (read under the state lock).</summary>
internal static class DialerQueueView
{
    public static IReadOnlyList<QueuedContact> Of(EmulatorState state, CampaignRecord campaign)
    {
        var dial = state.Dialer.StateFor(campaign);
        if (state.FindContactList(dial.ContactListId) is not { } list)
        {
            return [];
        }

        var queue = new List<QueuedContact>();
        foreach (var contact in list.QueueOrder)
        {
            var pass = dial.Passes.TryGetValue(contact.Id, out var p) && p.Generation == contact.QueueGeneration ? p : null;
            if (pass?.Done == true)
            {
                continue;
            }

            queue.Add(new QueuedContact(
                contact.Id, pass?.Attempts ?? 0, pass?.RetryAt, contact.InFlight is not null, contact.Callable,
                contact.HeldSince > dial.RecycledAtSequence));
        }

        return queue;
    }
}
