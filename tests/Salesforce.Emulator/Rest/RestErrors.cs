using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// Request-level REST errors: a JSON array of <c>{message, errorCode, fields?}</c> (reference §4.2). Texts are the
/// reference's where it quotes them; the others are marked UNCONFIRMED where they are produced.
/// </summary>
internal static class RestErrors
{
    public const string InvalidSessionId = "INVALID_SESSION_ID";
    public const string SessionExpiredMessage = "Session expired or invalid";
    public const string InvalidAuthHeader = "INVALID_AUTH_HEADER";
    public const string RequestLimitExceeded = "REQUEST_LIMIT_EXCEEDED";
    public const string RequestLimitMessage = "TotalRequests Limit exceeded.";
    public const string NotFound = "NOT_FOUND";
    public const string NotFoundMessage = "The requested resource does not exist";
    public const string ServerUnavailable = "SERVER_UNAVAILABLE";
    public const string UnknownException = "UNKNOWN_EXCEPTION";
    public const string JsonParserError = "JSON_PARSER_ERROR";
    public const string MalformedQuery = "MALFORMED_QUERY";
    public const string InvalidField = "INVALID_FIELD";
    public const string InvalidType = "INVALID_TYPE";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public static JsonArray Body(string errorCode, string message, IReadOnlyList<string>? fields = null)
    {
        var error = new JsonObject { ["message"] = message, ["errorCode"] = errorCode };
        if (fields is not null)
        {
            error["fields"] = new JsonArray([.. fields.Select(f => (JsonNode?)f)]);
        }

        return [error];
    }

    public static IResult Result(int status, string errorCode, string message, IReadOnlyList<string>? fields = null) =>
        SalesforceResults.Json(Body(errorCode, message, fields), status);

    public static Task WriteAsync(HttpContext context, int status, string errorCode, string message) =>
        Result(status, errorCode, message).ExecuteAsync(context);

    public static IResult ResourceNotFound() => Result(StatusCodes.Status404NotFound, NotFound, NotFoundMessage);

    /// <summary>The standard code and message of a status, for injected faults.</summary>
    public static (string Code, string Message) StandardFor(int status) => status switch
    {
        401 => (InvalidSessionId, SessionExpiredMessage),
        403 => (RequestLimitExceeded, RequestLimitMessage),
        404 => (NotFound, NotFoundMessage),
        // UNCONFIRMED text: the reference names the code (§4.1) but quotes no message.
        503 or 502 or 504 => (ServerUnavailable, "Server is temporarily unavailable. Please try again later."),
        // The real message carries an ErrorId; a fixed one keeps runs reproducible (UNCONFIRMED format).
        _ => (UnknownException, "An unexpected error occurred. Please include this ErrorId if you contact support: 0000000000-00000 (0000000000)"),
    };
}
