namespace CampaignBridge.Functions.Api;

/// <summary>
/// One HTTP operation of the API as published in the OpenAPI document: the function that serves it, its method and
/// route (from <see cref="ApiRoutes"/>), the Apex-safe operation id and the CLR types of its bodies.
/// </summary>
/// <param name="FunctionName">The <c>[Function]</c> name.</param>
/// <param name="Method">Lower-case HTTP method as in <c>[HttpTrigger]</c>.</param>
/// <param name="Route">Route template from <see cref="ApiRoutes"/>.</param>
/// <param name="OperationId">OpenAPI operationId: a valid Apex identifier, stable across versions.</param>
/// <param name="Summary">One line shown to Salesforce admins.</param>
/// <param name="RequestBody">Type of the JSON request body, or null.</param>
/// <param name="ResponseBody">Type of the 200 JSON body.</param>
/// <param name="QueryParameters">Query string parameters.</param>
public sealed record ApiOperation(
    string FunctionName,
    string Method,
    string Route,
    string OperationId,
    string Summary,
    Type? RequestBody,
    Type ResponseBody,
    IReadOnlyList<ApiQueryParameter> QueryParameters)
{
    /// <summary>Type of the 202 body when the operation can queue the work instead (published as a 202 response).</summary>
    public Type? QueuedResponseBody { get; init; }

    /// <summary>Route parameters (<c>{campaignId}</c> ...) in order.</summary>
    public IReadOnlyList<string> RouteParameters { get; } = ParseRouteParameters(Route);

    private static string[] ParseRouteParameters(string route)
        => route.Split('/').Where(s => s.StartsWith('{') && s.EndsWith('}')).Select(s => s[1..^1]).ToArray();
}
