namespace GenesysCloud.Emulator;

/// <summary>One value per system outcome of the dialer (shares, durations, retry rules), as named in the seed file.</summary>
/// <typeparam name="T">The value kind.</typeparam>
public class OutcomeValues<T>
{
    public T NoAnswer { get; set; } = default!;

    public T Busy { get; set; } = default!;

    public T Machine { get; set; } = default!;

    public T Fax { get; set; } = default!;

    public T InvalidNumber { get; set; } = default!;

    /// <summary>The value for a non-connected outcome.</summary>
    /// <exception cref="ArgumentOutOfRangeException">For <see cref="DialOutcome.Connected"/>, which has its own settings.</exception>
    public T For(DialOutcome outcome) => outcome switch
    {
        DialOutcome.NoAnswer => NoAnswer,
        DialOutcome.Busy => Busy,
        DialOutcome.Machine => Machine,
        DialOutcome.Fax => Fax,
        DialOutcome.InvalidNumber => InvalidNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Connected calls have their own settings."),
    };
}
