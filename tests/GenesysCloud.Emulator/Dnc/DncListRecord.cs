namespace GenesysCloud.Emulator;

/// <summary>A stored DNC list and the numbers appended to it (guarded by the state lock).</summary>
internal sealed class DncListRecord(DncListSeed seed, DateTimeOffset created)
{
    public string Id { get; } = seed.Id;

    public string Name { get; } = seed.Name;

    public string DncSourceType { get; } = seed.DncSourceType;

    public string? ContactMethod { get; } = seed.ContactMethod;

    public int Version { get; } = seed.Version;

    public DateTimeOffset DateCreated { get; } = created;

    /// <summary>Number -> expiry (null = never).</summary>
    public Dictionary<string, DateTimeOffset?> Numbers { get; } =
        seed.PhoneNumbers.Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => (DateTimeOffset?)null, StringComparer.Ordinal);

    public bool IsInternal => string.Equals(DncSourceType, DncListSeed.InternalSourceType, StringComparison.Ordinal);
}
