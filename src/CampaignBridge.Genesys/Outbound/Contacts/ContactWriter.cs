using System.Globalization;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Serialization;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Genesys.Outbound;

/// <summary>
/// Contact writes, reads and removals, in the request sizes Genesys allows. Writes keep queue positions unless the caller
/// asked for redialing; removals verify what Genesys really deleted and stop the contacts it kept.
/// </summary>
internal sealed class ContactWriter(GenesysApiTransport transport, IOptions<GenesysClientOptions> options)
{
    private static GenesysJsonContext Json => GenesysJsonContext.Wire;

    /// <summary>
    /// Upserts <paramref name="contacts"/> in chunks of <see cref="GenesysOutboundLimits.MaxContactsPerAdd"/>. Each chunk is
    /// committed on its own: a failure carries <see cref="GenesysApiException.AcceptedBeforeFailure"/>.
    /// </summary>
    public async Task<IReadOnlyList<DialerContact>> AddAsync(
        string contactListId, IReadOnlyList<WritableDialerContact> contacts, ContactWriteOptions writeOptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(writeOptions);
        var added = new List<DialerContact>(contacts.Count);
        var accepted = 0;
        try
        {
            foreach (var chunk in contacts.Chunk(GenesysOutboundLimits.MaxContactsPerAdd))
            {
                var body = Array.ConvertAll(chunk, contact =>
                    string.IsNullOrEmpty(contact.ContactListId) ? contact with { ContactListId = contactListId } : contact);
                foreach (var (part, partOptions) in await SplitForQueueingAsync(contactListId, body, writeOptions, cancellationToken).ConfigureAwait(false))
                {
                    added.AddRange(await PostAsync(contactListId, part, partOptions, cancellationToken).ConfigureAwait(false));
                    accepted += part.Length;
                }
            }
        }
        catch (GenesysApiException failure)
        {
            throw failure.WithAcceptedBeforeFailure(accepted);
        }

        return added;
    }

    /// <summary>Reads contacts by id, 50 per request; unknown ids are omitted.</summary>
    public async Task<IReadOnlyList<DialerContact>> GetAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        var path = ContactsPath(contactListId) + "/bulk";
        var found = new List<DialerContact>(contactIds.Count);
        foreach (var chunk in contactIds.Chunk(GenesysOutboundLimits.MaxContactsPerBulkGet))
        {
            using var budget = transport.StartBudget(cancellationToken);
            using var request = GenesysApiTransport.JsonRequest(HttpMethod.Post, path, (IReadOnlyList<string>)chunk, Json.IReadOnlyListString);
            found.AddRange(await transport.SendForJsonAsync(request, idempotent: true, Json.IReadOnlyListDialerContact, $"get contacts of list {contactListId}", budget)
                .ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>
    /// Deletes the ids (250 per request), reads them back, and writes the ones Genesys kept (in use by a campaign) with
    /// <c>callable=false</c>, keeping their data and queue position, so the dialer does not call them again.
    /// </summary>
    public async Task<ContactRemovalResult> RemoveAsync(string contactListId, IReadOnlyList<string> contactIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        var path = ContactsPath(contactListId);
        var submitted = 0;
        try
        {
            foreach (var chunk in contactIds.Chunk(GenesysOutboundLimits.MaxContactsPerDelete))
            {
                // Genesys (and its SDK) repeat the parameter per id: contactIds=a&contactIds=b.
                var query = string.Join('&', chunk.Select(id => "contactIds=" + Uri.EscapeDataString(id)));
                using var budget = transport.StartBudget(cancellationToken);
                using var request = new HttpRequestMessage(HttpMethod.Delete, $"{path}?{query}");
                await transport.SendForSuccessAsync(request, idempotent: true, $"remove contacts from list {contactListId}", budget).ConfigureAwait(false);
                submitted += chunk.Length;
            }
        }
        catch (GenesysApiException failure)
        {
            throw failure.WithAcceptedBeforeFailure(submitted);
        }

        // The answer is an empty 200 whether or not contacts were skipped (reference §8.2): only a read tells.
        var kept = await GetAsync(contactListId, contactIds, cancellationToken).ConfigureAwait(false);
        var keptIds = kept.Select(contact => contact.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (kept.Count > 0)
        {
            var stop = kept.Select(contact => new WritableDialerContact
            {
                Id = contact.Id,
                ContactListId = contactListId,
                Data = contact.Data is null ? new Dictionary<string, string>() : new Dictionary<string, string>(contact.Data, StringComparer.Ordinal),
                Callable = false,
            }).ToList();
            await AddAsync(contactListId, stop, ContactWriteOptions.Default, cancellationToken).ConfigureAwait(false);
        }

        return new ContactRemovalResult(
            [.. contactIds.Where(id => !keptIds.Contains(id))],
            [.. contactIds.Where(keptIds.Contains)]);
    }

    /// <summary>
    /// Under <see cref="NewContactQueueing.HeldUntilRecycle"/> a <c>doNotQueue=true</c> chunk is split: ids that exist keep the
    /// flag, new ids go in their own request without it, so they are still dialed. Otherwise the chunk goes as it is.
    /// </summary>
    private async Task<IReadOnlyList<(WritableDialerContact[] Part, ContactWriteOptions Options)>> SplitForQueueingAsync(
        string contactListId, WritableDialerContact[] chunk, ContactWriteOptions writeOptions, CancellationToken cancellationToken)
    {
        if (!writeOptions.DoNotQueue || options.Value.NewContactsWithDoNotQueue != NewContactQueueing.HeldUntilRecycle)
        {
            return [(chunk, writeOptions)];
        }

        var ids = chunk.Select(contact => contact.Id).OfType<string>().Where(id => id.Length > 0).ToList();
        var existing = (await GetAsync(contactListId, ids, cancellationToken).ConfigureAwait(false))
            .Select(contact => contact.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var known = chunk.Where(contact => contact.Id is { } id && existing.Contains(id)).ToArray();
        var fresh = chunk.Where(contact => contact.Id is not { } id || !existing.Contains(id)).ToArray();
        var parts = new List<(WritableDialerContact[], ContactWriteOptions)>(2);
        if (known.Length > 0)
        {
            parts.Add((known, writeOptions));
        }

        if (fresh.Length > 0)
        {
            parts.Add((fresh, writeOptions with { DoNotQueue = false }));
        }

        return parts;
    }

    private async Task<IReadOnlyList<DialerContact>> PostAsync(
        string contactListId, WritableDialerContact[] body, ContactWriteOptions writeOptions, CancellationToken cancellationToken)
    {
        var query = string.Create(CultureInfo.InvariantCulture,
            $"?priority={Flag(writeOptions.Priority)}&clearSystemData={Flag(writeOptions.ClearSystemData)}&doNotQueue={Flag(writeOptions.DoNotQueue)}");

        // An upsert by id can be repeated safely; a contact without id would be added twice.
        var idempotent = Array.TrueForAll(body, contact => !string.IsNullOrEmpty(contact.Id));

        // Each chunk is committed on its own, so each gets its own budget.
        using var budget = transport.StartBudget(cancellationToken);
        using var request = GenesysApiTransport.JsonRequest(
            HttpMethod.Post, ContactsPath(contactListId) + query, (IReadOnlyList<WritableDialerContact>)body, Json.IReadOnlyListWritableDialerContact);
        return await transport.SendForJsonAsync(request, idempotent, Json.IReadOnlyListDialerContact, $"add contacts to list {contactListId}", budget)
            .ConfigureAwait(false);
    }

    private static string ContactsPath(string contactListId)
        => $"{GenesysOutboundClient.ContactListsPath}/{GenesysApiTransport.Segment(contactListId, nameof(contactListId))}/contacts";

    private static string Flag(bool value) => value ? "true" : "false";
}
