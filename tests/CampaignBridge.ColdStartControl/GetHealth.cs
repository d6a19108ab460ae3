using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.ColdStartControl;

/// <summary>The control's one function: the same route and answer as CampaignBridge's GetHealth.</summary>
public sealed class GetHealth
{
    /// <summary>200 <c>{"status":"ok"}</c>.</summary>
    [Function(nameof(GetHealth))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
        => new OkObjectResult(new { status = "ok" });
}
