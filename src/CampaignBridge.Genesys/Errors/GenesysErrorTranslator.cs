using CampaignBridge.OAuth.Http;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace CampaignBridge.Genesys.Errors;

/// <summary>Turns failed Platform API responses and transport failures into <see cref="GenesysApiException"/>s with hints.</summary>
internal static partial class GenesysErrorTranslator
{
    public const string CorrelationIdHeader = "ININ-Correlation-Id";

    private const string FallbackRole = "Outbound Admin";

    /// <summary>Reads the body of a failed response and explains it.</summary>
    /// <param name="response">The failed response.</param>
    /// <param name="operation">What was attempted, for the message (e.g. "start campaign 5d1f...").</param>
    /// <param name="campaignUpdate">The request was a campaign PUT: only there is a 409 a stale <c>version</c>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<GenesysApiException> FromResponseAsync(
        HttpResponseMessage response, string operation, bool campaignUpdate, CancellationToken cancellationToken)
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

        return FromResponse(response.StatusCode, PlatformErrorBody.Parse(content), CorrelationId(response.Headers), RetryAfter(response.Headers), operation, campaignUpdate);
    }

    public static GenesysApiException FromResponse(
        HttpStatusCode status, PlatformErrorBody body, string? correlationId, TimeSpan? retryAfter, string operation, bool campaignUpdate = false)
    {
        var code = body.Code;
        var statusCode = (int)status;
        var upstream = string.IsNullOrEmpty(body.Message) ? $"HTTP {statusCode}" : body.Message;
        var (errorCode, hint) = statusCode switch
        {
            401 => (GenesysErrorCodes.TokenRejected,
                "Genesys rejected a freshly issued access token. Check that the OAuth client is active (Admin > Integrations > OAuth) "
                + "and that Genesys:Region is the region of your Genesys Cloud org."),
            403 => (GenesysErrorCodes.PermissionMissing, PermissionHint(body)),
            404 => (GenesysErrorCodes.NotFound,
                "Check the id. The object must exist in this Genesys Cloud org and region, in a division granted to the OAuth client's role."),
            // Since API 220.0.0 almost every outbound operation declares 409; only on a campaign PUT does it mean a stale
            // version (invalid.update.wrong.version). Elsewhere Genesys does not say which state conflicts (reference §8.4).
            409 when campaignUpdate => (GenesysErrorCodes.VersionConflict,
                "The campaign was changed by someone else at the same time (stale version) and re-reading it did not help. Retry the operation."),
            409 => (GenesysErrorCodes.Conflict,
                $"Genesys Cloud refused to {operation} because it conflicts with the current state of the object; Genesys does not document which states do "
                + "(for example a contact list being imported or exported, or a campaign changing status). Retry in a minute; if it persists, "
                + "look at the object in Genesys Cloud Admin > Outbound."),
            429 => (GenesysErrorCodes.RateLimited,
                "Genesys Cloud rate-limited the OAuth client (by default 300 requests per minute per token). "
                + "Retry after the indicated delay and spread the load."),
            >= 500 => (GenesysErrorCodes.Unavailable,
                "Genesys Cloud is failing or unreachable. Retry later; check https://status.mypurecloud.com for incidents."),
            408 => (GenesysErrorCodes.Timeout,
                "Genesys Cloud did not finish the request in time. Retry later."),
            _ => ClassifyBadRequest(body),
        };

        var message = $"Genesys Cloud {operation} failed with {statusCode}{(code is null ? string.Empty : $" {code}")}: {upstream}";
        return new GenesysApiException(errorCode, message, hint, statusCode, code, body.MessageParams, body.ContextId, correlationId,
            status == HttpStatusCode.TooManyRequests ? retryAfter ?? TimeSpan.FromSeconds(1) : null);
    }

    public static GenesysApiException Unavailable(string operation, Exception exception)
        => new(GenesysErrorCodes.Unavailable,
            $"Genesys Cloud {operation} failed: the service could not be reached ({exception.GetType().Name}).",
            "Genesys Cloud is failing or unreachable. Retry later; check https://status.mypurecloud.com and the network path to api.<region domain>.",
            innerException: exception);

    public static GenesysApiException CircuitOpen(string operation, Exception exception)
        => new(GenesysErrorCodes.Unavailable,
            $"Genesys Cloud {operation} was not attempted: too many recent calls failed, so calls are paused briefly.",
            "Genesys Cloud is failing. Calls resume automatically after a short pause; check https://status.mypurecloud.com.",
            innerException: exception);

    public static GenesysApiException Timeout(string operation, TimeSpan budget, Exception? exception)
        => new(GenesysErrorCodes.Timeout,
            $"Genesys Cloud {operation} did not complete within its time budget of {budget.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.",
            "Genesys Cloud answered too slowly. Retry later; if it persists raise Genesys:TotalTimeout (mind Apex's 10 s callout timeout).",
            innerException: exception);

    public static string? CorrelationId(HttpResponseHeaders headers)
        => headers.TryGetValues(CorrelationIdHeader, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Genesys sends <c>Retry-After</c> as whole seconds; an HTTP date is accepted too (counted from <paramref name="now"/>).</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset? now = null)
        => RetryAfterHeader.WaitFrom(headers, now ?? DateTimeOffset.UtcNow);

    private static (string ErrorCode, string Hint) ClassifyBadRequest(PlatformErrorBody body)
    {
        var code = body.Code ?? string.Empty;
        var message = body.Message ?? string.Empty;
        if (code.Contains("transition", StringComparison.OrdinalIgnoreCase)
            || message.Contains("Invalid transition", StringComparison.OrdinalIgnoreCase))
        {
            return (GenesysErrorCodes.InvalidCampaignTransition,
                "The campaign cannot move to that status from its current one (for example a complete campaign cannot be turned off; "
                + "turning it on re-runs it). Check the campaign's status first.");
        }

        if (code == "dnc.source.operation.not.supported")
        {
            return (GenesysErrorCodes.DncListNotInternal,
                "Numbers can only be added to Internal DNC lists (dncSourceType 'rds'). Use an Internal list; DNC.com and Gryphon lists are maintained by their provider.");
        }

        // The DNC quotas (reference §8.4, CLI 166). A full list means numbers that must not be called are NOT blocked.
        if (code is "dnc.records.per.list.limit.exceeded" or "dnc.phone.numbers.per.list.limit.exceeded")
        {
            return (GenesysErrorCodes.DncListFull,
                "The Internal DNC list holds as many entries as Genesys Cloud allows per list, so these numbers were NOT added and may still be called. "
                + "Remove expired or obsolete entries from the list, or create another Internal DNC list, attach it to the campaigns and send the numbers there; "
                + "Genesys support can tell you the limit of your org.");
        }

        if (code is "dnc.records.per.organization.limit.exceeded" or "dnc.phone.numbers.per.organization.limit.exceeded")
        {
            return (GenesysErrorCodes.DncOrganizationFull,
                "The Genesys Cloud organization holds as many DNC entries as it allows across all its DNC lists, so these numbers were NOT added and may still be called. "
                + "Remove obsolete entries or whole unused DNC lists in Admin > Outbound > Lists > DNC lists, or ask Genesys support to raise the organization's limit.");
        }

        if (code == "invalid.contact.columns")
        {
            return (GenesysErrorCodes.InvalidContactColumns,
                "The contact data names columns the contact list does not have. Send only the list's columns (see its columnNames), "
                + "or add the columns to the contact list in Admin > Outbound > Contact Lists.");
        }

        return (GenesysErrorCodes.BadRequest,
            $"Genesys Cloud refused the request{(code.Length == 0 ? string.Empty : $" ({code})")}. Correct the request as the message says.");
    }

    private static string PermissionHint(PlatformErrorBody body)
    {
        var permissions = body.MessageParams.Values
            .SelectMany(value => PermissionPattern().Matches(value).Select(match => match.Value))
            .Concat(PermissionPattern().Matches(body.Message ?? string.Empty).Select(match => match.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // missing.permissions: the operation "requires ALL" the listed permissions; missing.any.permissions: one of them.
        var named = permissions.Count == 0
            ? "the permission named in the message"
            : body.Code == "missing.any.permissions" && permissions.Count > 1
                ? "one of " + string.Join(", ", permissions)
                : string.Join(", ", permissions);
        return $"The OAuth client lacks {named}. In Genesys Cloud Admin > Roles / Permissions add it to a role (the built-in '{FallbackRole}' role has every outbound permission), "
             + "then assign that role to the OAuth client in Admin > Integrations > OAuth > (client) > Roles.";
    }

    [GeneratedRegex(@"\b[a-zA-Z]+:[a-zA-Z]+:[a-zA-Z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex PermissionPattern();
}
