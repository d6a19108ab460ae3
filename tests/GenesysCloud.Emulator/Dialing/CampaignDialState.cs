namespace GenesysCloud.Emulator;

/// <summary>What the dialer keeps per campaign: the next dial time and its passes over the contacts (guarded by the state lock).</summary>
internal sealed class CampaignDialState(string campaignId, string contactListId, long recycledAtSequence)
{
    public string CampaignId { get; } = campaignId;

    /// <summary>The list these passes are over; a PUT that changes the campaign's list starts a new state.</summary>
    public string ContactListId { get; } = contactListId;

    /// <summary>Next pace slot while the campaign is on; null = not dialing (off, or idle until a write or a result wakes it).</summary>
    public DateTimeOffset? NextDialAt { get; set; }

    /// <summary>The last pace slot used, so a woken campaign keeps its pace.</summary>
    public DateTimeOffset? LastDialAt { get; set; }

    /// <summary>Contacts held until a recycle (older doNotQueue wording) with a later write sequence stay held.</summary>
    public long RecycledAtSequence { get; set; } = recycledAtSequence;

    public Dictionary<string, ContactPass> Passes { get; } = new(StringComparer.Ordinal);

    /// <summary>Contacts with at least one attempt since the last recycle (progress <c>numberOfContactsCalled</c>).</summary>
    public HashSet<string> CalledContacts { get; } = new(StringComparer.Ordinal);

    /// <summary>Contacts finished without any attempt since the last recycle, by reason (progress <c>numberOfContactsSkipped</c>).</summary>
    public Dictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Attempts per contact over the campaign's life: part of each attempt's deterministic draw.</summary>
    public Dictionary<string, int> AttemptsPerContact { get; } = new(StringComparer.Ordinal);

    /// <summary>The pass of <paramref name="contact"/> for its current queue generation (a new one after a re-queue).</summary>
    public ContactPass PassFor(ContactRecord contact)
    {
        if (!Passes.TryGetValue(contact.Id, out var pass) || pass.Generation != contact.QueueGeneration)
        {
            pass = new ContactPass(contact.QueueGeneration);
            Passes[contact.Id] = pass;
        }

        return pass;
    }

    /// <summary>A recycle: every contact is dialed again from a fresh pass; held contacts are released.</summary>
    public void Recycle(long sequence)
    {
        Passes.Clear();
        CalledContacts.Clear();
        Skipped.Clear();
        RecycledAtSequence = sequence;
    }
}
