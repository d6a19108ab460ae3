namespace Salesforce.Emulator;

/// <summary>What an upsert key found: nothing (insert), one record (update), several (error / 300), or an unknown Id.</summary>
internal abstract record UpsertMatch
{
    public sealed record None : UpsertMatch;

    public sealed record One(StoredRecord Record) : UpsertMatch;

    public sealed record Many(IReadOnlyList<StoredRecord> Records) : UpsertMatch;

    /// <summary>Upsert by <c>Id</c> with an id that names no live record.</summary>
    public sealed record Unknown : UpsertMatch;
}
