namespace GenesysCloud.Emulator;

/// <summary>
/// How long an attempt of each system outcome lasts, in seconds (from dialing to the end of the call), and how long
/// a connected call rings before it is answered. <see cref="OutcomeValues{T}.NoAnswer"/> 0 = the campaign's
/// <c>noAnswerTimeout</c> (Genesys default 30 s).
/// </summary>
public sealed class CallDurations : OutcomeValues<int>
{
    public CallDurations()
    {
        NoAnswer = 0;
        Busy = 4;
        Machine = 25;
        Fax = 8;
        InvalidNumber = 3;
    }

    /// <summary>Ringing before a person answers.</summary>
    public int ConnectSeconds { get; set; } = 8;
}
