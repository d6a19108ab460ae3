using System.Text.Json;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>One operation of the served OpenAPI document, as the generator needs it.</summary>
/// <param name="Method">HTTP method, upper case.</param>
/// <param name="PathTemplate">e.g. <c>/api/campaigns/{campaignId}</c>.</param>
/// <param name="OperationId">The document's operationId.</param>
/// <param name="PathParameters">Names of the path parameters.</param>
/// <param name="QueryParameters">Query parameters with their schemas.</param>
/// <param name="BodySchema">The <c>application/json</c> request body schema (references resolved on use), or null.</param>
public sealed record ApiOperationShape(
    string Method,
    string PathTemplate,
    string OperationId,
    IReadOnlyList<string> PathParameters,
    IReadOnlyList<(string Name, JsonElement Schema)> QueryParameters,
    JsonElement? BodySchema)
{
    /// <summary>True when the operation takes any input a caller can get wrong.</summary>
    public bool HasInputs => PathParameters.Count > 0 || QueryParameters.Count > 0 || BodySchema is not null;

    /// <summary>The path with each parameter replaced (values are escaped).</summary>
    public string Path(IReadOnlyDictionary<string, string> values)
    {
        var path = PathTemplate;
        foreach (var name in PathParameters)
        {
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(values[name]), StringComparison.Ordinal);
        }

        return path.TrimStart('/');
    }

    /// <inheritdoc />
    public override string ToString() => $"{OperationId} ({Method} {PathTemplate})";
}
