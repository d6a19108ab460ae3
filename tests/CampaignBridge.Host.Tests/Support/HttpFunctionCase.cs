namespace CampaignBridge.Host.Tests.Support;

/// <summary>One call of an HTTP function through the real process, and what it must answer.</summary>
/// <param name="Prepare">Does any set-up and builds the request.</param>
/// <param name="ExpectedStatus">The status the direct tests expect.</param>
/// <param name="Verify">Checks the body.</param>
/// <param name="Hold">How the cancellation test keeps this call in progress.</param>
public sealed record HttpFunctionCase(
    Func<CampaignBridgeProcess, CancellationToken, Task<HttpRequestMessage>> Prepare,
    int ExpectedStatus,
    Action<HostAnswer> Verify,
    CallerHold Hold);
