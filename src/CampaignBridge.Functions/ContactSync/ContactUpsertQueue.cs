using System.Diagnostics.CodeAnalysis;
using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Outbox;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// The asynchronous mode of <c>UpsertContacts</c>: validated records go to the contact outbox and the caller gets
/// 202 <c>{operationId, status, statusUrl}</c> at once, instead of waiting for Genesys inside Apex's 10 s budget.
/// </summary>
public sealed class ContactUpsertQueue
{
    /// <summary>Above this many valid contacts a request without <c>mode</c> is queued (one Genesys request's worth).</summary>
    public const int AsyncThreshold = 1000;

    /// <summary>The query parameter that picks the mode.</summary>
    public const string ModeParameter = "mode";

    /// <summary>Problem code when the outbox's storage cannot take the write (503, retry later).</summary>
    public const string UnavailableCode = "outbox.unavailable";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    private readonly Func<IContactOutbox> _outbox;

    // Resolved on first use, so the synchronous path never needs storage settings.
    internal ContactUpsertQueue(Func<IContactOutbox> outbox) => _outbox = outbox;

    /// <summary>Reads <c>?mode=</c> (absent, <c>sync</c> or <c>async</c>); anything else is a 400 problem naming the parameter.</summary>
    public static bool TryReadMode(HttpRequest request, out ContactUpsertMode mode, [NotNullWhen(false)] out ApiProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        problem = null;
        var values = request.Query[ModeParameter];
        switch (values.Count == 0 ? null : values.ToString())
        {
            case null or "":
                mode = ContactUpsertMode.Automatic;
                return true;
            case "sync":
                mode = ContactUpsertMode.Sync;
                return true;
            case "async":
                mode = ContactUpsertMode.Async;
                return true;
            default:
                mode = default;
                problem = ApiProblems.BadRequest(
                    request.HttpContext,
                    ApiErrorCodes.InvalidQuery,
                    ModeParameter,
                    $"mode {GenesysEntityId.Quote(values.ToString())} is not supported; use mode=async to queue the write or mode=sync to wait for it.",
                    $"Leave mode out to write up to {AsyncThreshold} contacts at once and queue larger batches.");
                return false;
        }
    }

    /// <summary>Whether a request in <paramref name="mode"/> with <paramref name="validContacts"/> valid records is queued.</summary>
    public static bool ShouldQueue(ContactUpsertMode mode, int validContacts)
        => mode == ContactUpsertMode.Async || (mode == ContactUpsertMode.Automatic && validContacts > AsyncThreshold);

    /// <summary>Queues the plan's contacts for <paramref name="contactListId"/> and answers 202.</summary>
    public async Task<IActionResult> QueueAsync(string contactListId, ContactUpsertPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var request = new ContactSyncRequest(
            contactListId,
            [.. plan.Contacts.Select(c => new QueuedContact(c.Id ?? string.Empty, new Dictionary<string, string>(c.Data, StringComparer.Ordinal)))],
            new QueuedWriteOptions(plan.Options.Priority, plan.Options.ClearSystemData, Redial: !plan.Options.DoNotQueue),
            [.. plan.Rejected.Select(r => new OperationRejection(r.Id, r.Field, r.Reason))],
            ContactSyncSources.UpsertContacts);
        QueuedOperation queued;
        try
        {
            queued = await _outbox().EnqueueAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (StorageFailure.IsStorageFailure(failure))
        {
            return ApiResults.Problem(ApiProblems.Create(
                null,
                StatusCodes.Status503ServiceUnavailable,
                UnavailableCode,
                $"The contacts could not be queued ({StorageFailure.Describe(failure)}); nothing was accepted.",
                "Send the request again in a minute; if it keeps failing, check the Function App's AzureWebJobsStorage account.") with { RetryAfter = RetryAfter });
        }

        return ApiResults.Accepted(new QueuedContactUpsertResult
        {
            OperationId = queued.OperationId.ToString(),
            Status = OperationStatus.Queued,
            StatusUrl = queued.StatusUrl,
            Accepted = queued.Contacts,
            Rejected = plan.Rejected,
        });
    }
}
