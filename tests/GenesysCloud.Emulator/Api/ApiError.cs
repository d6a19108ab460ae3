using Microsoft.AspNetCore.Http.HttpResults;

namespace GenesysCloud.Emulator;

/// <summary>
/// Builds Platform <see cref="ErrorBody"/> responses. Messages are the reference texts (§4.2) where it has them;
/// every other text is marked UNCONFIRMED where it is produced.
/// </summary>
internal static class ApiError
{
    public const string NotFoundMessage = "The requested resource was not found.";
    public const string BadRequestMessage = "The request could not be understood by the server due to malformed syntax.";
    public const string UnsupportedMediaTypeMessage = "Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.";
    public const string AuthenticationRequiredMessage = "No authentication bearer token specified in authorization header.";
    public const string BadCredentialsMessage = "Invalid login credentials.";
    public const string MissingAnyPermissionsTemplate = "Unable to perform the requested action. You must have at least one of the following permissions assigned: [{0}]";
    public const string MissingPermissionsTemplate = "Unable to perform the requested action. You are missing the following permission(s): [{0}]";
    public const string RateLimitTemplate = "Rate limit exceeded the maximum. Retry the request in [{0}] seconds";
    public const string TooLargeTemplate = "The request is over the size limit. Maximum bytes: {0}";
    public const string InvalidQueryParamTemplate = "Value [{0}] is not valid for parameter [{1}]. Allowable values are: {2}";
    public const string InvalidValueTemplate = "Value [{0}] is not valid for field type [{1}]. Allowable values are: {2}";
    public const string InvalidDateMessage = "Dates must be specified as ISO-8601 strings. For example: yyyy-MM-ddTHH:mm:ss.SSSZ";

    public static JsonHttpResult<ErrorBody> Create(
        HttpContext context,
        int status,
        string code,
        string message,
        IReadOnlyDictionary<string, string>? messageParams = null,
        string? messageWithParams = null,
        IReadOnlyList<ErrorDetail>? details = null,
        string? entityId = null,
        string? entityName = null,
        ErrorLimit? limit = null) =>
        TypedResults.Json(
            new ErrorBody(
                message,
                code,
                status,
                entityId,
                entityName,
                messageWithParams,
                messageParams ?? new Dictionary<string, string>(),
                Correlation.Get(context),
                details ?? [],
                [],
                limit),
            EmulatorJson.Wire,
            "application/json",
            status);

    public static IResult NotFound(HttpContext context, string code = "not.found", string message = NotFoundMessage) =>
        Create(context, StatusCodes.Status404NotFound, code, message);

    public static IResult BadRequest(HttpContext context, string code, string message, string? fieldName = null) =>
        Create(context, StatusCodes.Status400BadRequest, code, message,
            details: fieldName is null ? null : [new ErrorDetail(code, fieldName)]);

    public static IResult MalformedJson(HttpContext context) =>
        Create(context, StatusCodes.Status400BadRequest, "bad.request", BadRequestMessage);

    public static IResult UnsupportedMediaType(HttpContext context) =>
        Create(context, StatusCodes.Status415UnsupportedMediaType, "unsupported.media.type", UnsupportedMediaTypeMessage);

    public static IResult InvalidQueryParam(HttpContext context, string name, string value, string allowed) =>
        Create(
            context,
            StatusCodes.Status400BadRequest,
            "invalid.query.param.value",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, InvalidQueryParamTemplate, value, name, allowed),
            new Dictionary<string, string> { ["value"] = value, ["parameter"] = name, ["allowableValues"] = allowed },
            "Value [{value}] is not valid for parameter [{parameter}]. Allowable values are: {allowableValues}");

    public static IResult InvalidValue(HttpContext context, string field, string value, string allowed) =>
        Create(
            context,
            StatusCodes.Status400BadRequest,
            "invalid.value",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, InvalidValueTemplate, value, field, allowed),
            new Dictionary<string, string> { ["value"] = value, ["fieldType"] = field, ["allowableValues"] = allowed },
            "Value [{value}] is not valid for field type [{fieldType}]. Allowable values are: {allowableValues}",
            [new ErrorDetail("invalid.value", field)]);

    /// <summary>403 for an endpoint's permissions: <c>missing.permissions</c> (ALL) or <c>missing.any.permissions</c> (ANY).</summary>
    public static IResult MissingPermissions(HttpContext context, RequiredPermission required, IReadOnlyList<string> missing)
    {
        var names = string.Join(", ", required.RequiresAll ? missing : required.Permissions);
        return required.RequiresAll
            ? Create(context, StatusCodes.Status403Forbidden, "missing.permissions",
                string.Format(System.Globalization.CultureInfo.InvariantCulture, MissingPermissionsTemplate, names),
                new Dictionary<string, string> { ["permissions"] = names },
                "Unable to perform the requested action. You are missing the following permission(s): [{permissions}]")
            : Create(context, StatusCodes.Status403Forbidden, "missing.any.permissions",
                string.Format(System.Globalization.CultureInfo.InvariantCulture, MissingAnyPermissionsTemplate, names),
                new Dictionary<string, string> { ["permissions"] = names },
                "Unable to perform the requested action. You must have at least one of the following permissions assigned: [{permissions}]");
    }

    /// <summary>
    /// 429 with <c>Retry-After</c> and the body of the 2021 announcement (§4.3, §8.4): message, code, status, contextId,
    /// details, errors — no messageParams, no limit.
    /// </summary>
    public static IResult RateLimited(HttpContext context, int retryAfterSeconds)
    {
        var seconds = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers.RetryAfter = seconds;
        return TypedResults.Json(
            new ErrorBody(
                string.Format(System.Globalization.CultureInfo.InvariantCulture, RateLimitTemplate, seconds),
                "too.many.requests.retry.after",
                StatusCodes.Status429TooManyRequests,
                null,
                null,
                null,
                null,
                Correlation.Get(context),
                [],
                [],
                null),
            EmulatorJson.Wire,
            "application/json",
            StatusCodes.Status429TooManyRequests);
    }

    /// <summary>The standard code and message of a status (reference §4.2), for injected faults.</summary>
    public static (string Code, string Message) StandardFor(int status) => status switch
    {
        400 => ("bad.request", BadRequestMessage),
        401 => ("bad.credentials", BadCredentialsMessage),
        403 => ("not.authorized", "You are not authorized to perform the requested action."),
        404 => ("not.found", NotFoundMessage),
        408 => ("request.timeout", "The request timed out."),
        409 => ("conflict", "The request conflicts with the current state of the target resource."),
        413 => ("request.entity.too.large", "The request is over the size limit."),
        415 => ("unsupported.media.type", UnsupportedMediaTypeMessage),
        429 => ("too.many.requests.retry.after", RateLimitTemplate),
        500 => ("internal.server.error", "The server encountered an unexpected condition which prevented it from fulfilling the request."),
        // 502 is not in the reference's code table; the text is UNCONFIRMED.
        502 => ("bad.gateway", "Bad Gateway - The server received an invalid response from an upstream server."),
        503 => ("service.unavailable", "Service Unavailable - The server is currently unavailable (because it is overloaded or down for maintenance)."),
        504 => ("request.timeout", "The request timed out."),
        _ => ("error", $"Injected status {status}."),
    };

    public static Task WriteAsync(HttpContext context, IResult result) => result.ExecuteAsync(context);
}
