using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.Api;

/// <summary>The results HTTP functions answer with.</summary>
public static class ApiResults
{
    /// <summary>200 with a JSON body (Apex callers compare the status with 200).</summary>
    public static IActionResult Ok(object body) => new JsonBodyResult(StatusCodes.Status200OK, body);

    /// <summary>202 with a JSON body, for queued work.</summary>
    public static IActionResult Accepted(object body) => new JsonBodyResult(StatusCodes.Status202Accepted, body);

    /// <summary>An <c>application/problem+json</c> answer; <see cref="ApiProblem.RetryAfter"/> becomes <c>Retry-After</c>.</summary>
    public static IActionResult Problem(ApiProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new JsonBodyResult(problem.Status, problem, ApiJson.ProblemMediaType, problem.RetryAfter);
    }
}
