namespace GenesysCloud.Emulator;

/// <summary>Where a dial attempt is.</summary>
public enum DialAttemptState
{
    /// <summary>Ringing; nobody answered yet.</summary>
    Dialing,

    /// <summary>A person answered and the call goes on.</summary>
    Talking,

    /// <summary>The call ended; the agent is still wrapping up (the result is not known yet).</summary>
    AfterCallWork,

    /// <summary>The result is known and applied to the contact.</summary>
    Finished,
}
