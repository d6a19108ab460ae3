namespace GenesysCloud.Emulator;

/// <summary>What happened on one dial attempt (the outcome model's classes).</summary>
public enum DialOutcome
{
    /// <summary>Rang until the no-answer timeout: <c>ININ-OUTBOUND-NO-ANSWER</c>.</summary>
    NoAnswer,

    /// <summary><c>ININ-OUTBOUND-BUSY</c>.</summary>
    Busy,

    /// <summary>Answering machine: <c>ININ-OUTBOUND-MACHINE</c>.</summary>
    Machine,

    /// <summary><c>ININ-OUTBOUND-FAX</c>.</summary>
    Fax,

    /// <summary>Invalid number / special information tone: <c>ININ-OUTBOUND-SIT-UNCALLABLE</c>; the number becomes uncallable.</summary>
    InvalidNumber,

    /// <summary>A person answered; an agent talks and wraps up with one of the seed's wrap-up codes.</summary>
    Connected,
}
