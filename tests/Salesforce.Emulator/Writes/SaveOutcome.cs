namespace Salesforce.Emulator;

/// <summary>What happened to one record of a write: its id and errors, and for upserts whether it was inserted.</summary>
internal sealed record SaveOutcome(string? Id, IReadOnlyList<SaveError> Errors, bool? Created)
{
    public bool Success => Errors.Count == 0;

    public static SaveOutcome Saved(string id, bool? created) => new(id, [], created);

    public static SaveOutcome Failed(SaveError error, string? id = null) => new(id, [error], null);
}
