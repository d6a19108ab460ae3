namespace Salesforce.Emulator;

/// <summary>
/// Generates record ids the way Salesforce lays them out: key prefix (3), the org's instance code (2, taken from
/// the org id), a reserved <c>0</c>, a 9-character base-62 counter, then the 18-character suffix. Ids already in
/// use (seeded) are skipped. Deterministic: the same seed and the same requests give the same ids.
/// </summary>
internal sealed class IdGenerator(string organizationId, Func<string, bool> inUse)
{
    /// <summary>First counter value, far from the small hand-written counters of seed ids.</summary>
    public const long FirstCounter = 1_000_000;

    private readonly string instance = organizationId.Substring(3, 2);
    private long counter = FirstCounter;

    public string Next(string keyPrefix)
    {
        while (true)
        {
            var id = SalesforceIds.WithSuffix(keyPrefix + instance + "0" + SalesforceIds.Base62(counter++, 9));
            if (!inUse(id))
            {
                return id;
            }
        }
    }

    public void Reset() => counter = FirstCounter;
}
