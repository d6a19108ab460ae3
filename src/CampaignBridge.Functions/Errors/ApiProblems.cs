using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CampaignBridge.Functions.Errors;

/// <summary>Builds <see cref="ApiProblem"/> documents with consistent <c>type</c>, <c>title</c> and <c>traceId</c>.</summary>
public static class ApiProblems
{
    /// <summary>Prefix of every problem <c>type</c>; the code follows it.</summary>
    public const string TypePrefix = "urn:campaignbridge:problem:";

    /// <summary>Creates a problem document.</summary>
    public static ApiProblem Create(
        HttpContext? context,
        int status,
        string code,
        string detail,
        string? hint = null,
        string? field = null) => new()
        {
            Type = TypePrefix + code,
            Title = ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Error",
            Status = status,
            Detail = detail,
            Code = code,
            Hint = hint,
            Field = field,
            TraceId = TraceIdOf(context),
        };

    /// <summary>A 400 about one field of the request.</summary>
    public static ApiProblem BadRequest(HttpContext? context, string code, string field, string detail, string? hint = null)
        => Create(context, StatusCodes.Status400BadRequest, code, detail, hint, field);

    /// <summary>The request's W3C trace id (<see cref="Api.RequestTraceId"/>), also in the logging scope of every line of the request.</summary>
    public static string TraceIdOf(HttpContext? context) => Api.RequestTraceId.Of(context);
}
