namespace Salesforce.Emulator;

/// <summary>
/// Reference fields of one record (reference §8.8): a malformed id (MALFORMED_ID), an id of a type the field does
/// not take (FIELD_INTEGRITY_EXCEPTION), an unknown record (INVALID_CROSS_REFERENCE_KEY), a deleted one
/// (ENTITY_IS_DELETED), an inactive owner. Valid ids are stored in their 18-character form.
/// </summary>
internal static class ReferenceRules
{
    /// <summary>Key prefixes of objects that exist in an org but have no records in the emulator.</summary>
    private static readonly Dictionary<string, string> OtherObjects = new(StringComparer.Ordinal)
    {
        [KeyPrefixes.Account] = "Account",
        ["006"] = "Opportunity",
        ["500"] = "Case",
    };

    public static SaveError? Check(InputRecord input, SalesforceState state)
    {
        foreach (var (name, value) in input.Values.ToList())
        {
            var field = input.Schema.Field(name)!;
            if (field.Type != FieldType.Reference || NodeValues.String(value) is not { } text)
            {
                continue;
            }

            if (!SalesforceIds.TryNormalize(text, out var id))
            {
                return SaveErrors.MalformedId(field, text);
            }

            var target = state.Catalog.ForId(id)?.Name ?? OtherObjects.GetValueOrDefault(SalesforceIds.Prefix(id));
            if (target is null || !field.ReferenceTo.Contains(target, StringComparer.Ordinal))
            {
                return SaveErrors.WrongReferenceType(field, text);
            }

            var record = state.Store.Find(id);
            if (record is null)
            {
                return SaveErrors.InvalidCrossReference([field.Name]);
            }

            if (record.IsDeleted)
            {
                return SaveErrors.EntityDeleted();
            }

            if (target == StandardObjects.User && !record.GetBoolean("IsActive"))
            {
                return SaveErrors.InactiveOwner(id);
            }

            input.Values[field.Name] = id;
        }

        return null;
    }
}
