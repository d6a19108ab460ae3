using System.Text;
using CampaignBridge.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.OpenApi;

/// <summary>Serves the OpenAPI 3.0 document that Salesforce External Services imports.</summary>
public sealed class GetOpenApiDocument
{
    private readonly OpenApiDocumentFactory _factory;

    /// <summary>Creates the function.</summary>
    public GetOpenApiDocument(OpenApiDocumentFactory factory) => _factory = factory;

    /// <summary>200 <c>application/json</c> with the document.</summary>
    [Function(nameof(GetOpenApiDocument))]
    public async Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.OpenApiDocument)] HttpRequest request)
        => new ContentResult
        {
            StatusCode = StatusCodes.Status200OK,
            ContentType = ApiJson.MediaType + "; charset=utf-8",
            Content = await _factory.GetJsonAsync().ConfigureAwait(false),
        };
}
