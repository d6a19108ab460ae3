namespace Salesforce.Emulator;

/// <summary>
/// Field checks of one record (reference §8.8): writable for this operation and this user (FLS, create-only
/// fields such as TaskSubtype), lengths (STRING_TOO_LONG), restricted picklists, required fields.
/// </summary>
internal static class FieldRules
{
    public static SaveError? Check(InputRecord input, StoredRecord? existing, UserSeed user, SalesforceSettings settings)
    {
        var schema = input.Schema;
        var insert = existing is null;
        if (insert && input.Values.TryGetValue("Id", out var id) && id is not null)
        {
            return SaveErrors.IdOnInsert();
        }

        if (!insert && schema.Name == StandardObjects.Task && settings.TaskSubtypeOnUpdate == SalesforceSettings.TaskSubtypeIgnore)
        {
            // UNCONFIRMED behaviour (reference §3.1): settings.taskSubtypeOnUpdate "ignore" drops the create-only field on update.
            input.Values.Remove("TaskSubtype");
        }

        var refused = input.Values.Keys
            .Select(name => schema.Field(name)!)
            .Where(f => f.Type != FieldType.Id && !((insert ? f.Createable : f.Updateable) && FieldAccess.CanEdit(user, schema, f)))
            .Select(f => f.Name)
            .ToList();
        if (refused.Count > 0)
        {
            return SaveErrors.NotWritable(refused);
        }

        foreach (var (name, value) in input.Values)
        {
            var field = schema.Field(name)!;
            if (NodeValues.String(value) is not { } text)
            {
                continue;
            }

            if (FieldTypes.IsText(field.Type) && field.Length > 0 && text.Length > field.Length)
            {
                return SaveErrors.TooLong(field, text);
            }

            if (field.IsRestrictedPicklist && !field.PicklistValues.Contains(text, StringComparer.Ordinal))
            {
                return SaveErrors.BadPicklist(field, text);
            }
        }

        var missing = schema.Fields
            .Where(f => insert
                ? f.RequiredOnCreate && (!input.Values.TryGetValue(f.Name, out var v) || v is null)
                : !f.Nillable && input.Values.TryGetValue(f.Name, out var u) && u is null)
            .Select(f => f.Name)
            .ToList();
        return missing.Count > 0 ? SaveErrors.RequiredMissing(missing) : null;
    }
}
