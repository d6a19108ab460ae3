using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.DoNotCall;

/// <summary>Adds phone numbers to an internal Genesys DNC list.</summary>
public sealed class AddDncNumbers
{
    /// <summary>Most numbers one request may carry.</summary>
    public const int MaxPhoneNumbersPerRequest = 5000;

    private readonly ApiRequestExecutor _executor;
    private readonly IGenesysOutboundClient _genesys;
    private readonly PhoneNumberNormalizer _phones;
    private readonly TimeProvider _time;

    /// <summary>Creates the function.</summary>
    public AddDncNumbers(ApiRequestExecutor executor, IGenesysOutboundClient genesys, PhoneNumberNormalizer phones, TimeProvider time)
    {
        _executor = executor;
        _genesys = genesys;
        _phones = phones;
        _time = time;
    }

    /// <summary>
    /// 200 <c>{dncListId, added, phoneNumbers, expirationDateTime}</c>. Do-not-call is a compliance list, so it is all or
    /// nothing: one invalid number refuses the request (400, every invalid number listed in <c>rejected</c>).
    /// </summary>
    [Function(nameof(AddDncNumbers))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = ApiRoutes.DncPhoneNumbers)] HttpRequest request,
        string dncListId)
        => _executor.ExecuteForIdAsync(request, nameof(AddDncNumbers), nameof(dncListId), dncListId, async (listId, cancellationToken) =>
        {
            var context = request.HttpContext;
            var body = await JsonBodyReader.ReadAsync<AddDncNumbersRequest>(request, cancellationToken).ConfigureAwait(false);
            if (!body.Succeeded)
            {
                return ApiResults.Problem(body.Problem);
            }

            var numbers = body.Value.PhoneNumbers;
            if (!RequestListRules.IsUsable(numbers, context, "$.phoneNumbers", "phone numbers", "number", "numbers", MaxPhoneNumbersPerRequest, out var listProblem))
            {
                return ApiResults.Problem(listProblem);
            }

            DateTimeOffset? expiresAt = null;
            if (body.Value.ExpirationDateTime is { } expiry)
            {
                // Genesys takes minute precision (yyyy-MM-ddTHH:mmZ).
                var utc = expiry.ToUniversalTime();
                expiresAt = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
                if (expiresAt <= _time.GetUtcNow())
                {
                    return ApiResults.Problem(ApiProblems.BadRequest(context, ApiErrorCodes.InvalidValue, "$.expirationDateTime",
                        "$.expirationDateTime is in the past; give a future date and time, or leave it out for numbers that never expire."));
                }
            }

            var rejected = new List<RejectedRecord>();
            var normalized = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < numbers.Count; index++)
            {
                var result = _phones.Normalize(numbers[index]);
                if (!result.Succeeded)
                {
                    rejected.Add(new RejectedRecord(numbers[index] ?? string.Empty, $"$.phoneNumbers[{index}]",
                        $"not a valid phone number ({result.Reason}; numbers without + are read as {_phones.DefaultRegion})"));
                }
                else if (seen.Add(result.E164))
                {
                    normalized.Add(result.E164);
                }
            }

            if (rejected.Count > 0)
            {
                return ApiResults.Problem(ApiProblems.BadRequest(context, ApiErrorCodes.InvalidValue, rejected[0].Field,
                    $"{rejected.Count} of the phone numbers are not valid; nothing was added. See 'rejected'.",
                    "Correct or drop the listed numbers and send the request again.") with { Rejected = rejected });
            }

            await _genesys.AddDncPhoneNumbersAsync(listId.Value, normalized, expiresAt, cancellationToken).ConfigureAwait(false);
            return ApiResults.Ok(new AddDncNumbersResult
            {
                DncListId = listId.Value,
                Added = normalized.Count,
                PhoneNumbers = normalized,
                ExpirationDateTime = expiresAt,
            });
        });
}
