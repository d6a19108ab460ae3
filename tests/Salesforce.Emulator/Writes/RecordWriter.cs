using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>
/// Saves one record for one user: the field, reference, object and uniqueness rules, then an injected per-record
/// fault, then the write. Callers hold <see cref="SalesforceState.Gate"/>.
/// </summary>
internal sealed class RecordWriter(SalesforceState state, UserSeed user)
{
    public SaveOutcome Insert(InputRecord input, bool upsert)
    {
        if (Validate(input, null) is { } error)
        {
            return SaveOutcome.Failed(error);
        }

        var now = state.Now;
        var fields = new Dictionary<string, JsonNode?>(input.Values, StringComparer.OrdinalIgnoreCase);
        fields.Remove("Id");
        DerivedFields.OnInsert(input.Schema, fields, user.Id, now);
        var record = new StoredRecord(input.Schema.Name, state.Ids.Next(input.Schema.KeyPrefix), fields);
        DerivedFields.OnSave(input.Schema, record, state, user.Id, now, wasClosed: false);
        state.Store.Add(record);
        return SaveOutcome.Saved(record.Id, upsert ? true : null);
    }

    public SaveOutcome Update(InputRecord input, StoredRecord existing, bool upsert)
    {
        if (Validate(input, existing) is { } error)
        {
            return SaveOutcome.Failed(error, existing.Id);
        }

        var wasClosed = existing.GetBoolean("IsClosed");
        foreach (var (name, value) in input.Values)
        {
            if (name != "Id")
            {
                existing.Fields[name] = value?.DeepClone();
            }
        }

        DerivedFields.OnSave(input.Schema, existing, state, user.Id, state.Now, wasClosed);
        return SaveOutcome.Saved(existing.Id, upsert ? false : null);
    }

    private SaveError? Validate(InputRecord input, StoredRecord? existing)
    {
        var error = input.Error
            ?? FieldRules.Check(input, existing, user, state.Settings)
            ?? ReferenceRules.Check(input, state)
            ?? ObjectRules.Check(input, existing, state)
            ?? UniqueRules.Check(input, existing, state.Store);
        if (error is not null)
        {
            return error;
        }

        // Faults are matched against the record as it would be saved (its stored fields overlaid with the sent ones).
        var view = existing is null
            ? input.Values
            : new Dictionary<string, JsonNode?>(existing.Fields.Concat(input.Values).GroupBy(f => f.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.Last()), StringComparer.OrdinalIgnoreCase);
        return state.RecordFaults.Take(input.Schema.Name, view);
    }
}
