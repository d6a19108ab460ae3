using System.Text.Json.Serialization;

namespace CampaignBridge.Functions.Errors;

/// <summary>
/// An RFC 9457 problem document (<c>application/problem+json</c>) with CampaignBridge's extension members.
/// Every error the API answers has this shape, so Apex and Flow callers can branch on <see cref="Code"/>.
/// </summary>
public sealed record ApiProblem
{
    /// <summary>A URI reference naming the problem type; derived from <see cref="Code"/>.</summary>
    public required string Type { get; init; }

    /// <summary>Short, human-readable summary of the problem type.</summary>
    public required string Title { get; init; }

    /// <summary>The HTTP status code of this answer.</summary>
    public required int Status { get; init; }

    /// <summary>What went wrong in this occurrence.</summary>
    public required string Detail { get; init; }

    /// <summary>Stable machine-readable code, e.g. <c>genesys.oauth.unauthorized_client</c>.</summary>
    public required string Code { get; init; }

    /// <summary>What a Salesforce or Genesys administrator must do about it.</summary>
    public string? Hint { get; init; }

    /// <summary>The JSON path or parameter name of the offending input, when the caller sent something wrong.</summary>
    public string? Field { get; init; }

    /// <summary>The Genesys Cloud error code (<c>ErrorBody.code</c>) when Genesys refused the call.</summary>
    public string? GenesysCode { get; init; }

    /// <summary>The Genesys Cloud <c>contextId</c> to quote to Genesys support.</summary>
    public string? GenesysContextId { get; init; }

    /// <summary>The trace id of this request, to find its logs.</summary>
    public string? TraceId { get; init; }

    /// <summary>
    /// For a write Genesys takes in several requests (contacts 1000 at a time, DNC numbers): how many records Genesys had
    /// accepted before the request that failed. Absent or 0: nothing of this call was written.
    /// </summary>
    public int? Accepted { get; init; }

    /// <summary>Per-record rejections when a whole batch was refused (UpsertContacts, AddDncNumbers).</summary>
    public IReadOnlyList<Contacts.RejectedRecord>? Rejected { get; init; }

    /// <summary>How long the caller should wait before retrying; sent as the <c>Retry-After</c> header, not in the body.</summary>
    [JsonIgnore]
    public TimeSpan? RetryAfter { get; init; }
}
