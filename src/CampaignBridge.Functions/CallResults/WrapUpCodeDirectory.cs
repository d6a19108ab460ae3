using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Agent wrap-up code ids to names (analytics reports ids; people know names), cached per instance for
/// <see cref="Lifetime"/> and read again when an unknown id turns up, at most once per <see cref="MinimumRefreshInterval"/>.
/// An id that stays unknown (a deleted code) is logged with the id itself.
/// </summary>
internal sealed class WrapUpCodeDirectory(IGenesysConversationClient genesys, TimeProvider timeProvider)
{
    /// <summary>How long the names are used before they are read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>An unknown id reads the codes again, but not more often than this.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>
    /// Makes sure the names of <paramref name="ids"/> are known if Genesys knows them, and returns the lookup. Reads the
    /// codes (all pages) when the cache is stale, or when an id is unknown and the last read is old enough.
    /// </summary>
    public async Task<Func<string, string?>> ResolveAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        // Trimmed as the extractor looks them up, so a padded id does not count as unknown on every run.
        var wanted = ids.Select(id => id.Trim()).Where(id => id.Length > 0 && !CallAttemptExtractor.IsSystemCode(id)).Distinct(StringComparer.Ordinal).ToList();
        var now = timeProvider.GetUtcNow();
        var names = Volatile.Read(ref _names);
        var stale = now - _readAt >= Lifetime;
        var missing = wanted.Any(id => !names.ContainsKey(id)) && now - _readAt >= MinimumRefreshInterval;
        if (wanted.Count > 0 && (stale || missing))
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Again under the gate (another caller may have just read), with the same bound as above.
                if (now - _readAt >= MinimumRefreshInterval || stale)
                {
                    var codes = await genesys.ListWrapUpCodesAsync(cancellationToken).ConfigureAwait(false);
                    Volatile.Write(ref _names, codes.Where(c => !string.IsNullOrEmpty(c.Id)).GroupBy(c => c.Id, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal));
                    _readAt = timeProvider.GetUtcNow();
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        var lookup = Volatile.Read(ref _names);
        return id => lookup.TryGetValue(id, out var name) ? name : null;
    }
}
