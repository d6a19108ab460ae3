using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Functions.Api;

/// <summary>The JSON conventions of the HTTP API: camelCase, nulls omitted, unknown request fields refused.</summary>
public static class ApiJson
{
    /// <summary>Media type of successful answers and request bodies.</summary>
    public const string MediaType = "application/json";

    /// <summary>Media type of error answers (RFC 9457).</summary>
    public const string ProblemMediaType = "application/problem+json";

    /// <summary>
    /// Serializer options for request and response bodies. Unknown request members are refused so that a typo
    /// such as <c>contactIDs</c> is reported instead of silently ignored.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = 16,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
