namespace GenesysCloud.Emulator;

/// <summary>
/// How a contact write moves the dialer's queue (genesys-cloud-api.md §8.2):
/// <list type="bullet">
/// <item>A new contact is queued (at the front with <c>priority</c>), also with <c>doNotQueue=true</c> — unless
/// <c>settings.newContactsWithDoNotQueue</c> is <c>heldUntilRecycle</c>, which holds it until a campaign recycle.</item>
/// <item>An existing contact with <c>doNotQueue=false</c> is re-queued per <c>priority</c>: a fresh pass in every
/// campaign of the list, so a contact already dialed is dialed again.</item>
/// <item>An existing contact with <c>doNotQueue=true</c> keeps its queue position and its passes.</item>
/// <item><c>clearSystemData=true</c> clears an existing contact's attempts, callable status and call records.</item>
/// </list>
/// Fields the client sends (<c>callable</c>, <c>phoneNumberStatus</c>) are applied after that (UNCONFIRMED: they win over kept system values).
/// </summary>
internal static class ContactQueueing
{
    public static List<ContactRecord> Apply(EmulatorState state, ContactListRecord list, IReadOnlyList<ContactWriteItem> items, ContactWriteOptions options, DateTimeOffset now)
    {
        var sequence = state.Dialer.NextWriteSequence();
        var holdNew = options.DoNotQueue && state.Settings.NewContactsWithDoNotQueue == EmulatorSettings.NewContactsHeldUntilRecycle;
        var stored = new List<ContactRecord>(items.Count);
        var toQueue = new List<(ContactRecord Contact, bool IsNew)>();
        foreach (var item in items)
        {
            // Upsert keyed by id; a server-assigned GUID when none. contactListId in the item is not enforced (UNCONFIRMED).
            var id = item.Id ?? Guid.NewGuid().ToString();
            if (list.Contacts.TryGetValue(id, out var existing))
            {
                existing.Data = item.Data;
                if (options.ClearSystemData)
                {
                    existing.ClearSystemData();
                    ClearAttempts(state, list, existing);
                }

                ApplyClientFields(existing, item);
                if (!options.DoNotQueue)
                {
                    toQueue.Add((existing, false));
                }

                stored.Add(existing);
                continue;
            }

            var contact = new ContactRecord(id, list.Id, item.Data, item.Callable ?? true) { HeldSince = holdNew ? sequence : 0 };
            ApplyClientFields(contact, item);
            toQueue.Add((contact, true));
            stored.Add(contact);
        }

        // Priority contacts go to the front in request order: the last one is put in front first.
        var ordered = options.Priority ? Enumerable.Reverse(toQueue) : toQueue;
        foreach (var (contact, isNew) in ordered)
        {
            if (isNew)
            {
                list.Add(contact, options.Priority);
            }
            else
            {
                list.Requeue(contact, options.Priority);
            }
        }

        state.Dialer.Wake(list.Id, now);
        return stored;
    }

    private static void ApplyClientFields(ContactRecord contact, ContactWriteItem item)
    {
        if (item.Callable is { } callable)
        {
            contact.Callable = callable;
        }

        foreach (var (column, numberCallable) in item.PhoneNumberStatus ?? [])
        {
            contact.SetNumberCallable(column, numberCallable);
        }
    }

    private static void ClearAttempts(EmulatorState state, ContactListRecord list, ContactRecord contact)
    {
        foreach (var campaign in state.CampaignsOn(list.Id))
        {
            if (state.Dialer.StateFor(campaign).Passes.TryGetValue(contact.Id, out var pass))
            {
                pass.ClearAttempts();
            }
        }
    }
}
