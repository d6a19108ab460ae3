namespace CampaignBridge.Host.Tests.Support;

/// <summary>How a test keeps a call of a function in progress long enough for its caller to give up in the middle.</summary>
public enum CallerHold
{
    /// <summary>The function waits for Genesys: the emulator answers after a delay.</summary>
    GenesysLatency,

    /// <summary>The function reads the body: the caller sends half of it and stops.</summary>
    StalledBody,

    /// <summary>The function waits for Storage: Azurite is paused (SIGSTOP) during the call.</summary>
    PausedStorage,

    /// <summary>
    /// The function awaits nothing: the host holds the forwarded request (its <c>x-testhost-hold-forward-ms</c> knob),
    /// so the caller leaves while the worker waits for the request to arrive, as when a caller closes right after sending.
    /// </summary>
    HeldForward,
}
