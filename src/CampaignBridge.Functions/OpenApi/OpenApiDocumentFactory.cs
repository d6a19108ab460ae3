using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Errors;
using Microsoft.OpenApi;

namespace CampaignBridge.Functions.OpenApi;

/// <summary>
/// Generates the OpenAPI 3.0 document for Salesforce External Services from the registered <see cref="ApiOperation"/>s:
/// operationIds, a 200 schema, and the problem+json schema for 4XX and 5XX. The JSON is built once per instance.
/// </summary>
public sealed class OpenApiDocumentFactory
{
    /// <summary>Document title.</summary>
    public const string Title = "CampaignBridge";

    /// <summary>Document version; bump when an operation or schema changes incompatibly.</summary>
    public const string Version = "1.0.0";

    /// <summary>
    /// The <c>openapi</c> version written. Microsoft.OpenApi 3.x writes 3.0.4, a clarification-only patch of 3.0.3; the
    /// Salesforce documentation names "OpenAPI 3.0" and its examples use 3.0.x up to 3.0.3, so the label is pinned to 3.0.3
    /// (the documents are identical under both).
    /// </summary>
    public const string PublishedOpenApiVersion = "3.0.3";

    /// <summary>Name of the API key security scheme.</summary>
    public const string SecuritySchemeName = "functionKey";

    /// <summary>Header carrying the Azure Functions key.</summary>
    public const string FunctionKeyHeader = "x-functions-key";

    private readonly IReadOnlyList<ApiOperation> _operations;
    private readonly Lazy<Task<string>> _json;

    /// <summary>Creates the factory over every registered operation.</summary>
    public OpenApiDocumentFactory(IEnumerable<ApiOperation> operations)
    {
        _operations = operations.ToList();
        _json = new Lazy<Task<string>>(SerializeAsync);
    }

    /// <summary>The document as JSON (OpenAPI 3.0).</summary>
    public Task<string> GetJsonAsync() => _json.Value;

    private async Task<string> SerializeAsync()
    {
        var json = await CreateDocument().SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_0).ConfigureAwait(false);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["openapi"] = PublishedOpenApiVersion;
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Builds the document model.</summary>
    public OpenApiDocument CreateDocument()
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = Title,
                Version = Version,
                Description = "Drive Genesys Cloud outbound campaigns from Salesforce. Authenticate every call with the Function App key in the "
                    + $"'{FunctionKeyHeader}' header (a Named Credential with an External Credential adding that header). Errors are "
                    + "JSON (sent as application/problem+json, RFC 9457) with a stable 'code' and a 'hint' for the administrator. Queued work "
                    + "answers 202 with an operationId; getOperation reports how it ended.",
            },
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents
            {
                Schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
                {
                    [SecuritySchemeName] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        In = ParameterLocation.Header,
                        Name = FunctionKeyHeader,
                        Description = "An Azure Functions function or host key.",
                    },
                },
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SecuritySchemeName, document)] = [] }];

        var schemas = new OpenApiSchemaGenerator(document);
        var problem = schemas.SchemaFor(typeof(ApiProblem));
        foreach (var group in _operations.GroupBy(o => o.Route, StringComparer.Ordinal))
        {
            var pathItem = new OpenApiPathItem();
            foreach (var operation in group)
            {
                pathItem.AddOperation(new HttpMethod(operation.Method.ToUpperInvariant()), CreateOperation(operation, schemas, problem));
            }

            document.Paths["/" + ApiRoutes.Prefix + "/" + group.Key] = pathItem;
        }

        return document;
    }

    private static OpenApiOperation CreateOperation(ApiOperation operation, OpenApiSchemaGenerator schemas, IOpenApiSchema problem)
    {
        var parameters = new List<IOpenApiParameter>();
        foreach (var name in operation.RouteParameters)
        {
            parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name == "operationId" ? "The operationId (a GUID) of a 202 answer." : "Genesys Cloud id (GUID).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var query in operation.QueryParameters)
        {
            parameters.Add(new OpenApiParameter
            {
                Name = query.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = query.Description,
                Schema = schemas.SchemaFor(query.ValueType),
            });
        }

        var result = new OpenApiOperation
        {
            OperationId = operation.OperationId,
            Summary = operation.Summary,
            Parameters = parameters,
            Responses = new OpenApiResponses
            {
                ["200"] = JsonResponse("Success.", ApiJson.MediaType, schemas.SchemaFor(operation.ResponseBody)),
                ["4XX"] = ProblemResponse("The request was refused; 'code', 'field' and 'hint' say why.", problem),
                ["5XX"] = ProblemResponse("Genesys Cloud or Key Vault failed (502), rate limited (503) or timed out (504); 'code' and 'hint' say what to do.", problem),
            },
        };

        if (operation.QueuedResponseBody is { } queued)
        {
            result.Responses["202"] = JsonResponse("Queued: poll statusUrl (GetOperation) for the outcome.", ApiJson.MediaType, schemas.SchemaFor(queued));
        }

        if (operation.RequestBody is { } requestBody)
        {
            result.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
                {
                    [ApiJson.MediaType] = new OpenApiMediaType { Schema = schemas.SchemaFor(requestBody) },
                },
            };
        }

        return result;
    }

    // Errors are sent as application/problem+json, which is JSON. External Services supports only application/json,
    // application/x-www-form-urlencoded and text/plain, and any other media type in the document must be mapped by
    // hand during registration (salesforce-callers.md §9.2), so the document declares application/json only.
    private static OpenApiResponse ProblemResponse(string description, IOpenApiSchema schema)
        => JsonResponse(description, ApiJson.MediaType, schema);

    private static OpenApiResponse JsonResponse(string description, string mediaType, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>(StringComparer.Ordinal)
        {
            [mediaType] = new OpenApiMediaType { Schema = schema },
        },
    };
}
