using CampaignBridge.Testing.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>Executes a function's <see cref="IActionResult"/> into its request's response (see <see cref="FunctionResults"/>).</summary>
public static class ActionResultRunner
{
    /// <summary>Executes <paramref name="result"/> against <paramref name="context"/> and returns what was written.</summary>
    public static async Task<TestResponse> ExecuteAsync(IActionResult result, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = await FunctionResults.ExecuteAsync(context.Request, result);
        return new TestResponse(response.StatusCode, response.ContentType, response.Headers, response.Body);
    }
}
