using CampaignBridge.Functions.Credentials;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Errors;

/// <summary>
/// Maps upstream failures to answers: credential and permission problems are 502 (the caller did nothing wrong),
/// exhausted rate limits 503 with <c>Retry-After</c>, time budget exhausted 504, and other Genesys 4xx are passed on
/// with their status. The exception messages are written by our own code and never contain secrets.
/// </summary>
public static class UpstreamProblems
{
    /// <summary>Retry-After sent with a 503 when Genesys gave none.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>The answer for a Genesys failure.</summary>
    public static ApiProblem FromGenesys(HttpContext? context, GenesysApiException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = StatusFor(exception);
        return ApiProblems.Create(context, status, exception.ErrorCode, exception.Message, NullIfEmpty(exception.Hint)) with
        {
            GenesysCode = exception.GenesysCode,
            GenesysContextId = exception.ContextId,
            RetryAfter = status == StatusCodes.Status503ServiceUnavailable ? exception.RetryAfter ?? DefaultRetryAfter : null,
            Accepted = exception.AcceptedBeforeFailure > 0 ? exception.AcceptedBeforeFailure : null,
        };
    }

    /// <summary>The answer for a credential (Key Vault) failure: always 502.</summary>
    public static ApiProblem FromCredentials(HttpContext? context, CredentialSourceException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ApiProblems.Create(context, StatusCodes.Status502BadGateway, exception.Code, exception.Message, NullIfEmpty(exception.Hint));
    }

    /// <summary>The HTTP status CampaignBridge answers for a Genesys error code.</summary>
    public static int StatusFor(GenesysApiException exception) => exception.ErrorCode switch
    {
        GenesysErrorCodes.UnauthorizedClient or GenesysErrorCodes.InvalidClient
            or GenesysErrorCodes.InvalidRequest or GenesysErrorCodes.TokenRejected or GenesysErrorCodes.PermissionMissing
            or GenesysErrorCodes.Unavailable => StatusCodes.Status502BadGateway,

        // A full DNC quota is for a Genesys admin to fix; the caller's numbers were valid (Genesys itself answers 400).
        GenesysErrorCodes.DncListFull or GenesysErrorCodes.DncOrganizationFull => StatusCodes.Status502BadGateway,
        GenesysErrorCodes.RateLimited => StatusCodes.Status503ServiceUnavailable,
        GenesysErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
        GenesysErrorCodes.NotFound => StatusCodes.Status404NotFound,
        GenesysErrorCodes.VersionConflict or GenesysErrorCodes.Conflict or GenesysErrorCodes.InvalidCampaignTransition
            when exception.StatusCode == StatusCodes.Status409Conflict => StatusCodes.Status409Conflict,
        _ when exception.StatusCode is >= 400 and < 500 and not (401 or 403 or 407 or 429) => exception.StatusCode,
        GenesysErrorCodes.VersionConflict or GenesysErrorCodes.Conflict => StatusCodes.Status409Conflict,
        GenesysErrorCodes.InvalidCampaignTransition or GenesysErrorCodes.DncListNotInternal or GenesysErrorCodes.InvalidContactColumns
            or GenesysErrorCodes.BadRequest => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status502BadGateway,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
