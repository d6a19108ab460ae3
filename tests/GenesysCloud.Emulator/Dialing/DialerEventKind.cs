namespace GenesysCloud.Emulator;

/// <summary>Kinds of dialer events, in the order they run when they fall on the same instant.</summary>
internal enum DialerEventKind
{
    /// <summary>A <c>stopping</c> campaign reaches <c>off</c>.</summary>
    StoppingEnds,

    /// <summary>An attempt's result is known (end of the call, or of the agent's after-call work).</summary>
    ResultKnown,

    /// <summary>A campaign that is on may place its next attempt.</summary>
    PaceSlot,
}
