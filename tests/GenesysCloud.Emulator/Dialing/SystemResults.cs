namespace GenesysCloud.Emulator;

/// <summary>
/// The dialer's own results (genesys-call-results.md §2.1, §2.2): system wrap-up codes, call-analysis dispositions
/// and, for the conversation's customer segment, a disconnect type. The 1:1 pairing of codes and dispositions is
/// UNCONFIRMED (§2.2); these pairs follow the names.
/// </summary>
internal static class SystemResults
{
    public const string NoAnswer = "ININ-OUTBOUND-NO-ANSWER";
    public const string Busy = "ININ-OUTBOUND-BUSY";
    public const string Machine = "ININ-OUTBOUND-MACHINE";
    public const string Fax = "ININ-OUTBOUND-FAX";
    public const string SitUncallable = "ININ-OUTBOUND-SIT-UNCALLABLE";
    public const string OnDoNotCallList = "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST";
    public const string NoCallableNumbersSkipped = "ININ-OUTBOUND-NO-CALLABLE-NUMBERS-SKIPPED";

    /// <summary>An agentless campaign's answered call, handed to its flow (choice for agentless campaigns).</summary>
    public const string TransferredToFlow = "ININ-OUTBOUND-TRANSFERRED-TO-FLOW";

    /// <summary>A connected agent call when the seed has no wrap-ups to draw (platform code for a timed-out wrap-up, UNCONFIRMED).</summary>
    public const string WrapUpTimeout = "ININ-WRAP-UP-TIMEOUT";

    public const string PersonDisposition = "disposition.classification.callable.person";

    public static string WrapUpCode(DialOutcome outcome) => outcome switch
    {
        DialOutcome.NoAnswer => NoAnswer,
        DialOutcome.Busy => Busy,
        DialOutcome.Machine => Machine,
        DialOutcome.Fax => Fax,
        DialOutcome.InvalidNumber => SitUncallable,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Connected calls are wrapped up by an agent or the flow."),
    };

    public static string Disposition(DialOutcome outcome) => outcome switch
    {
        DialOutcome.NoAnswer => "disposition.classification.callable.noanswer",
        DialOutcome.Busy => "disposition.classification.callable.busy",
        DialOutcome.Machine => "disposition.classification.callable.machine",
        DialOutcome.Fax => "disposition.classification.callable.fax",
        DialOutcome.InvalidNumber => "disposition.classification.uncallable.sit",
        _ => PersonDisposition,
    };

    /// <summary>The analyzer that produced <see cref="Disposition"/> (analytics <c>dispositionAnalyzer</c>).</summary>
    public static string Analyzer(DialOutcome outcome) => outcome switch
    {
        DialOutcome.Connected => "speech.person",
        DialOutcome.Machine => "speech.machine",
        DialOutcome.Fax => "tone.fax",
        DialOutcome.InvalidNumber => "tone.sit",
        _ => "network",
    };

    /// <summary>How the customer's leg ended (analytics segment <c>disconnectType</c>).</summary>
    public static string CustomerDisconnect(DialOutcome outcome) => outcome switch
    {
        DialOutcome.Busy => "endpoint",
        DialOutcome.InvalidNumber => "uncallable",
        DialOutcome.Connected => "peer",
        _ => "system",
    };
}
