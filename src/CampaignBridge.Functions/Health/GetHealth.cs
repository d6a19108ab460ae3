using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using CampaignBridge.Functions.Api;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Health;

/// <summary>Liveness probe. It reveals nothing about configuration or upstream state.</summary>
public sealed class GetHealth
{
    /// <summary>Answers 200 with <c>{"status":"ok"}</c> while the worker is running.</summary>
    [Function(nameof(GetHealth))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Health)] HttpRequest request)
        => new OkObjectResult(new { status = "ok" });
}
