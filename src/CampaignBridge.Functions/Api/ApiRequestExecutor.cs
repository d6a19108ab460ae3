using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// Runs the body of an HTTP function inside a logging scope that carries its W3C trace id and the caller's request id
/// headers, names the trace id in the line logged for every refusal or failure, and turns every failure into problem+json: Genesys and Key Vault failures as mapped by <see cref="UpstreamProblems"/>,
/// anything unexpected as a 500 that reveals nothing but the trace id.
/// </summary>
public sealed partial class ApiRequestExecutor
{
    /// <summary>The status recorded for a call whose caller left (nginx's "client closed request"); it is never sent.</summary>
    public const int CallerGoneStatus = 499;

    /// <summary>Request headers copied into the logging scope when present (Salesforce callers can set any of them).</summary>
    public static readonly IReadOnlyList<string> CorrelationHeaders = ["X-Request-Id", "X-Correlation-Id", "X-Sfdc-Request-Id", "Sforce-Call-Options"];

    private readonly ILogger<ApiRequestExecutor> _logger;

    /// <summary>Creates the executor.</summary>
    public ApiRequestExecutor(ILogger<ApiRequestExecutor> logger) => _logger = logger;

    /// <summary>
    /// Runs <paramref name="handler"/> for <paramref name="functionName"/>. When the caller has gone (during the call
    /// or by the time it ends), whatever happened is logged once at Information and nothing is written.
    /// </summary>
    public async Task<IActionResult> ExecuteAsync(HttpRequest request, string functionName, Func<CancellationToken, Task<IActionResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        var context = request.HttpContext;
        using var scope = BeginRequestScope(_logger, request, functionName);
        var traceId = RequestTraceId.Of(context);
        IActionResult result;
        try
        {
            result = await handler(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception) when (CallerConnection.IsGone(context))
        {
            result = ApiResults.Problem(ApiProblems.Create(context, CallerGoneStatus, ApiErrorCodes.RequestCancelled, "The caller closed the request."));
        }
        catch (GenesysApiException exception)
        {
            using var upstream = _logger.BeginScope(new Dictionary<string, object?>
            {
                ["GenesysCorrelationId"] = exception.CorrelationId,
                ["GenesysContextId"] = exception.ContextId,
                ["GenesysCode"] = exception.GenesysCode,
            });
            LogGenesysFailure(_logger, functionName, exception.ErrorCode, exception.StatusCode, exception.CorrelationId, exception.ContextId, traceId);
            return ApiResults.Problem(UpstreamProblems.FromGenesys(context, exception));
        }
        catch (CredentialSourceException exception)
        {
            LogCredentialFailure(_logger, functionName, exception.Code, traceId);
            return ApiResults.Problem(UpstreamProblems.FromCredentials(context, exception));
        }
        catch (Exception exception)
        {
            LogUnexpected(_logger, exception, functionName, traceId);
            return ApiResults.Problem(ApiProblems.Create(
                context,
                StatusCodes.Status500InternalServerError,
                ApiErrorCodes.InternalError,
                "CampaignBridge failed unexpectedly while handling this request.",
                "Quote the traceId to the CampaignBridge operators; the details are in the Function App logs."));
        }

        if (CallerConnection.IsGone(context))
        {
            CallerGoneLog.CallerClosed(_logger, functionName);
        }
        else if (result is JsonBodyResult { Value: ApiProblem problem })
        {
            LogRefused(_logger, functionName, problem.Status, problem.Code, problem.Field, traceId);
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="handler"/> for <paramref name="functionName"/> once the route value <paramref name="idName"/>
    /// has parsed as a Genesys id; a malformed id is answered 400 before anything reaches Genesys.
    /// </summary>
    public Task<IActionResult> ExecuteForIdAsync(
        HttpRequest request,
        string functionName,
        string idName,
        string? idText,
        Func<GenesysEntityId, CancellationToken, Task<IActionResult>> handler)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(handler);
        return ExecuteAsync(request, functionName, cancellationToken =>
            GenesysEntityId.TryParse(request.HttpContext, idName, idText, out var id, out var problem)
                ? handler(id, cancellationToken)
                : Task.FromResult(ApiResults.Problem(problem)));
    }

    /// <summary>
    /// The logging scope of one request: the function, its W3C <c>TraceId</c> (as in its problem+json) and the caller's
    /// request id headers. Every line logged while handling the request carries it.
    /// </summary>
    internal static IDisposable? BeginRequestScope(ILogger logger, HttpRequest request, string functionName)
        => logger.BeginScope(CreateScope(request, functionName));

    private static Dictionary<string, object?> CreateScope(HttpRequest request, string functionName)
    {
        var scope = new Dictionary<string, object?> { ["FunctionName"] = functionName, ["TraceId"] = RequestTraceId.Of(request.HttpContext) };
        foreach (var header in CorrelationHeaders)
        {
            if (request.Headers.TryGetValue(header, out var value) && !string.IsNullOrEmpty(value))
            {
                var text = value.ToString();
                scope[header.Replace("-", string.Empty, StringComparison.Ordinal)] = text.Length > 128 ? text[..128] : text;
            }
        }

        return scope;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{FunctionName} refused the request: {StatusCode} {ErrorCode} ({Field}), trace {TraceId}")]
    private static partial void LogRefused(ILogger logger, string functionName, int statusCode, string errorCode, string? field, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionName}: Genesys Cloud failed with {ErrorCode} (HTTP {UpstreamStatus}, ININ-Correlation-Id {CorrelationId}, contextId {ContextId}), trace {TraceId}")]
    private static partial void LogGenesysFailure(ILogger logger, string functionName, string errorCode, int upstreamStatus, string? correlationId, string? contextId, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionName}: Genesys credentials could not be read: {ErrorCode}, trace {TraceId}")]
    private static partial void LogCredentialFailure(ILogger logger, string functionName, string errorCode, string traceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{FunctionName} failed unexpectedly, trace {TraceId}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string functionName, string traceId);
}
