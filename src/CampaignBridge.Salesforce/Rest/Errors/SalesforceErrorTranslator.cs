using CampaignBridge.OAuth.Http;
using System.Globalization;
using System.Net.Http.Headers;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>Turns failed REST responses and transport failures into <see cref="SalesforceApiException"/>s with hints (reference §4).</summary>
internal static class SalesforceErrorTranslator
{
    public const string RequestLimitExceededCode = "REQUEST_LIMIT_EXCEEDED";

    /// <summary>
    /// <c>RetryAfter</c> of <c>salesforce.request_limit_exceeded</c>: 1 h. The allocation is a rolling 24 h window;
    /// the reference's policy (§4.4) is to stop all writers for the org and re-check hourly.
    /// </summary>
    public static readonly TimeSpan RequestLimitExceededRetryAfter = TimeSpan.FromHours(1);

    private const string RunAsUserAccess =
        "Give the External Client App's Run As user the CampaignBridge Integration permission set (API Enabled, Edit Tasks, Read/Edit on Lead, Contact "
        + "and Campaign, edit field permissions on the fields written, Marketing User for campaign members) and sharing access to the records "
        + "(Setup > Users > the integration user > Permission Set Assignments).";

    /// <summary>Reads the body of a failed response and explains it.</summary>
    /// <param name="response">The failed response.</param>
    /// <param name="operation">What was attempted, for the message (e.g. "upsert of 200 Task records").</param>
    /// <param name="notFoundHint">The hint of a 404, when the operation knows better than "check the path".</param>
    /// <param name="now">The current time, to read a <c>Retry-After</c> date.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<SalesforceApiException> FromResponseAsync(
        HttpResponseMessage response, string operation, string? notFoundHint, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string? content = null;
        try
        {
            content = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // The status alone still explains the failure.
        }

        return FromResponse((int)response.StatusCode, RestErrorBody.Parse(content), RetryAfterHeader.WaitFrom(response.Headers, now), operation, notFoundHint);
    }

    public static SalesforceApiException FromResponse(int status, RestErrorBody body, TimeSpan? retryAfter, string operation, string? notFoundHint = null)
    {
        var code = body.ErrorCode;
        var upstream = string.IsNullOrEmpty(body.Message) ? $"HTTP {status}" : body.Message;
        var (errorCode, hint) = (status, code) switch
        {
            (401, _) => (SalesforceErrorCodes.SessionRejected,
                "Salesforce rejected a freshly issued session too. The Run As user may have been deactivated or frozen, lost the API Enabled permission, "
                + "or an admin revoked the app's sessions; check the Run As user in Setup > Users (Login History) and the External Client App's policies "
                + "(IP relaxation, permitted users)."),
            (403, RequestLimitExceededCode) => (SalesforceErrorCodes.RequestLimitExceeded,
                "The org's daily API allocation (a rolling 24 h window shared by every integration and user) is used up. Deliveries pause and are "
                + "re-checked hourly. See Setup > Company Information (API Requests, Last 24 Hours); reduce other integrations' usage or buy more."),
            (403, _) or (_, "INSUFFICIENT_ACCESS" or "INSUFFICIENT_ACCESS_OR_READONLY" or "INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY")
                => (SalesforceErrorCodes.PermissionMissing, RunAsUserAccess),
            (404, _) => (SalesforceErrorCodes.NotFound, notFoundHint
                ?? "Check Salesforce:InstanceUrl (the org's My Domain) and the object, field or record named; it must exist and be visible to the Run As user."),
            (410, _) => (SalesforceErrorCodes.VersionRetired,
                $"The API version in Salesforce:ApiVersion is retired. Set it to a supported version, e.g. {SalesforceClientOptions.DefaultApiVersion}."),
            (408, _) => (SalesforceErrorCodes.Timeout, "Salesforce did not finish the request in time. Retry later with fewer records per request."),
            ( >= 500, _) => (SalesforceErrorCodes.Unavailable,
                "Salesforce is failing or in maintenance. Retry later; check https://status.salesforce.com for the org's instance."),
            (_, "INVALID_FIELD") => (SalesforceErrorCodes.BadRequest,
                "A field named in the request does not exist on the object or is hidden from the Run As user by field-level security. "
                + "Check the field's API name and grant read/edit on it in the integration permission set."),
            _ => (SalesforceErrorCodes.BadRequest,
                $"Salesforce refused the request{(code is null ? string.Empty : $" ({code})")}. Correct it as the message says."),
        };

        var message = $"Salesforce {operation} failed with {status}{(code is null ? string.Empty : $" {code}")}: {upstream}";
        var wait = errorCode == SalesforceErrorCodes.RequestLimitExceeded ? retryAfter ?? RequestLimitExceededRetryAfter : retryAfter;
        return new SalesforceApiException(errorCode, message, hint, status, code, wait);
    }

    public static SalesforceApiException Unavailable(string operation, Exception exception)
        => new(SalesforceErrorCodes.Unavailable,
            $"Salesforce {operation} failed: the org could not be reached ({exception.GetType().Name}).",
            "Check Salesforce:InstanceUrl and the network path to it; check https://status.salesforce.com.",
            innerException: exception);

    public static SalesforceApiException Unreadable(string operation, int status, string problem, Exception? exception = null)
        => new(SalesforceErrorCodes.Unavailable,
            $"Salesforce {operation} answered {status} with a body that is not what the REST API returns ({problem}).",
            "Salesforce answered unexpectedly. Retry later; if it persists check that Salesforce:InstanceUrl points at the org and no proxy answers instead.",
            status,
            innerException: exception);

    public static SalesforceApiException CircuitOpen(string operation, Exception exception)
        => new(SalesforceErrorCodes.Unavailable,
            $"Salesforce {operation} was not attempted: too many recent calls failed, so calls are paused briefly.",
            "Salesforce is failing. Calls resume automatically after a short pause; check https://status.salesforce.com.",
            innerException: exception);

    public static SalesforceApiException Timeout(string operation, TimeSpan budget, Exception? exception)
        => new(SalesforceErrorCodes.Timeout,
            $"Salesforce {operation} did not complete within its time budget of {budget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.",
            "Salesforce answered too slowly (triggers or flows on the objects written can make writes slow). Retry later; "
            + "if it persists send fewer records per request or raise Salesforce:TotalTimeout / Salesforce:AttemptTimeout.",
            innerException: exception);

}
