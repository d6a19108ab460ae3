namespace GenesysCloud.Emulator;

/// <summary>
/// Relative weights of the outcomes of an attempt (they need not sum to 1). How a connected call is wrapped up is
/// decided by <see cref="DialerSeed.ConnectedWrapUps"/>.
/// </summary>
public sealed class OutcomeShares : OutcomeValues<double>
{
    /// <summary>The default model: 30 % no answer, 10 % busy, 15 % machine, 3 % fax, 7 % invalid number, 35 % connected.</summary>
    public OutcomeShares()
    {
        NoAnswer = 0.30;
        Busy = 0.10;
        Machine = 0.15;
        Fax = 0.03;
        InvalidNumber = 0.07;
    }

    public double Connected { get; set; } = 0.35;

    /// <summary>Weight of <paramref name="outcome"/>.</summary>
    public double ShareOf(DialOutcome outcome) => outcome == DialOutcome.Connected ? Connected : For(outcome);
}
