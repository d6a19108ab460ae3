namespace GenesysCloud.Emulator;

/// <summary>A duration drawn uniformly between <see cref="Min"/> and <see cref="Max"/> seconds (deterministic per attempt).</summary>
public sealed class SecondsRange
{
    public int Min { get; set; }

    public int Max { get; set; }

    /// <summary>A range of exactly <paramref name="seconds"/>.</summary>
    public static SecondsRange Exactly(int seconds) => new() { Min = seconds, Max = seconds };

    /// <summary>A range from <paramref name="min"/> to <paramref name="max"/> seconds.</summary>
    public static SecondsRange Between(int min, int max) => new() { Min = min, Max = max };
}
