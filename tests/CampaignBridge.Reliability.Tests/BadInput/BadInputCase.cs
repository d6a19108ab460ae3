using CampaignBridge.Reliability.Tests.Support;

namespace CampaignBridge.Reliability.Tests.BadInput;

/// <summary>One malformed or hostile request and how to send it.</summary>
/// <param name="Surface">"HTTP" (JSON API) or "SOAP" (Outbound Message receiver).</param>
/// <param name="Name">What is wrong with it.</param>
/// <param name="Send">Sends it to the host and returns the answer.</param>
public sealed record BadInputCase(string Surface, string Name, Func<ReliabilityHost, Task<FunctionAnswer>> Send)
{
    public override string ToString() => $"{Surface}: {Name}";
}
