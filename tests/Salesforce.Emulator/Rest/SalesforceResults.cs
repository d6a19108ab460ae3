using System.Text;
using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>JSON answers in Salesforce's content type.</summary>
internal static class SalesforceResults
{
    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Text(node.ToJsonString(SalesforceJson.Wire), SalesforceJson.ContentType, Encoding.UTF8, status);
}
