using System.Collections.Concurrent;
using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Contacts;

/// <summary>
/// Keeps contact-list metadata (columns, phone columns) for <see cref="TimeToLive"/>, so a burst of upserts costs
/// one metadata read instead of one per request. Column changes in Genesys show up after at most that long.
/// </summary>
public sealed class ContactListMetadataCache
{
    /// <summary>How long a contact list's metadata is reused.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromSeconds(60);

    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, (ContactList List, DateTimeOffset ExpiresAt)> _entries = new(StringComparer.Ordinal);

    /// <summary>Creates the cache.</summary>
    public ContactListMetadataCache(TimeProvider time) => _time = time;

    /// <summary>The contact list, from the cache while fresh, else read with <paramref name="client"/>.</summary>
    /// <remarks>The client is passed in because Genesys clients are transient typed HTTP clients; this cache is a singleton.</remarks>
    public async Task<ContactList> GetAsync(IGenesysOutboundClient client, string contactListId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (_entries.TryGetValue(contactListId, out var entry) && entry.ExpiresAt > now)
        {
            return entry.List;
        }

        var list = await client.GetContactListAsync(contactListId, cancellationToken).ConfigureAwait(false);
        _entries[contactListId] = (list, _time.GetUtcNow() + TimeToLive);
        return list;
    }
}
