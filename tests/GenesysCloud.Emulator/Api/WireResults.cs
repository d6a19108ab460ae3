using System.Text.Json.Nodes;

namespace GenesysCloud.Emulator;

/// <summary>Successful JSON answers in the wire format.</summary>
internal static class WireResults
{
    public static IResult Json(JsonNode node, int status = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(EmulatorJson.Wire), "application/json; charset=utf-8", statusCode: status);
}
