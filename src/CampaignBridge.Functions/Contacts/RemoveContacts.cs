using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Contacts;

/// <summary>Removes contacts (by Salesforce record id) from a Genesys contact list.</summary>
public sealed class RemoveContacts
{
    /// <summary>Most ids one request may carry; the Genesys client deletes them 250 at a time.</summary>
    public const int MaxContactIdsPerRequest = 5000;

    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;

    /// <summary>Creates the function.</summary>
    public RemoveContacts(ApiRequestExecutor executor, IGenesysOutboundClient genesys)
    {
        _executor = executor;
        _genesys = genesys;
    }

    /// <summary>
    /// 200 <c>{contactListId, submitted, removed, stopped, code?, hint?}</c>; any malformed id refuses the whole request with 400.
    /// </summary>
    [Function(nameof(RemoveContacts))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.RemoveContacts)] HttpRequest request,
        string contactListId)
        => _executor.ExecuteForIdAsync(request, nameof(RemoveContacts), nameof(contactListId), contactListId, async (listId, cancellationToken) =>
        {
            var context = request.HttpContext;
            var body = await JsonBodyReader.ReadAsync<RemoveContactsRequest>(request, cancellationToken).ConfigureAwait(false);
            if (!body.Succeeded)
            {
                return ApiResults.Problem(body.Problem);
            }

            var ids = body.Value.ContactIds;
            if (!RequestListRules.IsUsable(ids, context, "$.contactIds", "contact ids", "id", "ids", MaxContactIdsPerRequest, out var listProblem))
            {
                return ApiResults.Problem(listProblem);
            }

            var rejected = new List<RejectedRecord>();
            var distinct = new List<string>();
            var seen = new HashSet<SalesforceRecordId>();
            for (var index = 0; index < ids.Count; index++)
            {
                if (!SalesforceRecordId.TryParse(ids[index], out var id, out var problem))
                {
                    rejected.Add(new RejectedRecord(ids[index] ?? string.Empty, $"$.contactIds[{index}]", problem));
                }
                else if (seen.Add(id))
                {
                    distinct.Add(id.Value);
                }
            }

            if (rejected.Count > 0)
            {
                return ApiResults.Problem(ApiProblems.BadRequest(context, ApiErrorCodes.InvalidValue, rejected[0].Field,
                    $"{rejected.Count} of the contact ids are not Salesforce record ids; nothing was removed. See 'rejected'.") with { Rejected = rejected });
            }

            var removal = await _genesys.RemoveContactsAsync(listId.Value, distinct, cancellationToken).ConfigureAwait(false);
            var kept = removal.Stopped.Count > 0;
            return ApiResults.Ok(new RemoveContactsResult
            {
                ContactListId = listId.Value,
                Submitted = distinct.Count,
                Removed = removal.Removed,
                Stopped = removal.Stopped,
                Code = kept ? RemoveContactsResult.KeptInUseCode : null,
                Hint = kept
                    ? $"Genesys Cloud kept {removal.Stopped.Count} of the contacts because a campaign is using the contact list; CampaignBridge marked them "
                      + "uncallable, so the dialer will not call them. To take them out of the list too, remove them again once no campaign runs on it."
                    : null,
            });
        });
}
