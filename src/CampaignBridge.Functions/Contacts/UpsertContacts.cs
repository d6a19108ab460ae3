using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Genesys;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Contacts;

/// <summary>Upserts Salesforce records as contacts of a Genesys contact list.</summary>
public sealed class UpsertContacts
{
    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;
    private readonly ContactListMetadataCache _contactLists;
    private readonly ContactUpsertRequestValidator _validator;
    private readonly ContactUpsertQueue _queue;

    /// <summary>Creates the function.</summary>
    public UpsertContacts(ApiRequestExecutor executor, IGenesysOutboundClient genesys, ContactListMetadataCache contactLists, ContactUpsertRequestValidator validator, ContactUpsertQueue queue)
    {
        _executor = executor;
        _genesys = genesys;
        _contactLists = contactLists;
        _validator = validator;
        _queue = queue;
    }

    /// <summary>
    /// 200 <c>{accepted, rejected}</c> when at least one record was written; 422 problem+json listing the rejections when
    /// none was valid; 400/413/415 for a malformed request. Nothing reaches Genesys before the body is valid.
    /// </summary>
    [Function(nameof(UpsertContacts))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.Contacts)] HttpRequest request,
        string contactListId)
        => _executor.ExecuteForIdAsync(request, nameof(UpsertContacts), nameof(contactListId), contactListId, async (listId, cancellationToken) =>
        {
            if (!ContactUpsertQueue.TryReadMode(request, out var mode, out var modeProblem))
            {
                return ApiResults.Problem(modeProblem);
            }

            var body = await JsonBodyReader.ReadAsync<UpsertContactsRequest>(request, cancellationToken).ConfigureAwait(false);
            if (!body.Succeeded)
            {
                return ApiResults.Problem(body.Problem);
            }

            if (ContactUpsertRequestValidator.CheckShape(request.HttpContext, body.Value) is { } shapeProblem)
            {
                return ApiResults.Problem(shapeProblem);
            }

            // What can be judged without the contact list is judged first: a batch with no possibly valid record costs
            // no Genesys read (the list's metadata may not be cached).
            if (ContactUpsertRequestValidator.RejectAllWithoutList(body.Value) is { } rejectedEarly)
            {
                return NoneValid(request, body.Value, rejectedEarly);
            }

            var contactList = await _contactLists.GetAsync(_genesys, listId.Value, cancellationToken).ConfigureAwait(false);
            var plan = _validator.Plan(listId.Value, body.Value, contactList);
            if (plan.Contacts.Count == 0)
            {
                return NoneValid(request, body.Value, plan.Rejected);
            }

            if (ContactUpsertQueue.ShouldQueue(mode, plan.Contacts.Count))
            {
                return await _queue.QueueAsync(listId.Value, plan, cancellationToken).ConfigureAwait(false);
            }

            await _genesys.AddContactsAsync(listId.Value, plan.Contacts, plan.Options, cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(new UpsertContactsResult { Accepted = plan.Contacts.Count, Rejected = plan.Rejected });
        });

    private static IActionResult NoneValid(HttpRequest request, UpsertContactsRequest body, IReadOnlyList<RejectedRecord> rejected)
        => ApiResults.Problem(ApiProblems.Create(
            request.HttpContext,
            StatusCodes.Status422UnprocessableEntity,
            ApiErrorCodes.NoValidContacts,
            $"None of the {body.Contacts!.Count} records could be written; see 'rejected' for each record and field.",
            "Fix the listed ids, column names and phone numbers, then send the records again.") with { Rejected = rejected });
}
