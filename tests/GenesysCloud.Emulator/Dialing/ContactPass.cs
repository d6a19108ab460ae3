namespace GenesysCloud.Emulator;

/// <summary>One campaign's pass over one contact: attempts per phone column, retry time, done (guarded by the state lock).</summary>
internal sealed class ContactPass(int generation)
{
    public int Generation { get; } = generation;

    public Dictionary<string, int> ColumnAttempts { get; } = new(StringComparer.Ordinal);

    /// <summary>Columns this pass will not dial again (attempts used up, uncallable, on DNC, empty).</summary>
    public HashSet<string> ColumnsDone { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset? RetryAt { get; set; }

    public bool Done { get; set; }

    public int Attempts => ColumnAttempts.Values.Sum();

    /// <summary>clearSystemData: the attempt counts start again (the pass keeps its place).</summary>
    public void ClearAttempts()
    {
        ColumnAttempts.Clear();
        ColumnsDone.Clear();
        RetryAt = null;
    }
}
