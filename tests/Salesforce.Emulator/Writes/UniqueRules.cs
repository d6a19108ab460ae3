namespace Salesforce.Emulator;

/// <summary>Unique fields (e.g. <c>Genesys_Conversation_Id__c</c>): another live record with the same value fails the write with DUPLICATE_VALUE.</summary>
internal static class UniqueRules
{
    public static SaveError? Check(InputRecord input, StoredRecord? existing, RecordStore store)
    {
        foreach (var field in input.Schema.Fields.Where(f => f.Unique))
        {
            if (!input.Values.TryGetValue(field.Name, out var value) || value is null)
            {
                continue;
            }

            var other = store.Live(input.Schema.Name).FirstOrDefault(r =>
                r.Id != existing?.Id && NodeValues.SameText(r.Fields.GetValueOrDefault(field.Name), value, field.CaseSensitive));
            if (other is not null)
            {
                return SaveErrors.DuplicateValue(field.Name, other.Id);
            }
        }

        return null;
    }
}
