namespace CampaignBridge.Salesforce;

/// <summary>
/// The outcome of one record of an sObject Collections write, in request order (reference §3.1): <c>{id, success,
/// errors, created}</c>. Salesforce may leave <c>id</c> and <c>created</c> out of a failed item, so both are nullable.
/// </summary>
public sealed record SaveResult
{
    /// <summary>The record id (18 characters); null on a failed item that does not name one.</summary>
    public string? Id { get; init; }

    /// <summary>Whether the record was saved.</summary>
    public bool Success { get; init; }

    /// <summary>Upsert only: true = inserted, false = matched by the external id and updated; null when not reported.</summary>
    public bool? Created { get; init; }

    /// <summary>Why the record was not saved (empty on success).</summary>
    public IReadOnlyList<SaveError> Errors { get => field ?? []; init; }
}
