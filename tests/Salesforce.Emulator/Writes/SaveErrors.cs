namespace Salesforce.Emulator;

/// <summary>The per-record errors of reference §4.3 with the texts it quotes; texts it does not quote are marked UNCONFIRMED.</summary>
internal static class SaveErrors
{
    public const string SecuritySuffix = "Please check the security settings of this field and verify that it is read/write for your profile or permission set.";

    public static SaveError NotWritable(IReadOnlyList<string> fields) =>
        new("INVALID_FIELD_FOR_INSERT_UPDATE", $"Unable to create/update fields: {string.Join(", ", fields)}. {SecuritySuffix}", fields);

    public static SaveError IdOnInsert() => new("INVALID_FIELD_FOR_INSERT_UPDATE", "cannot specify Id in an insert call", ["Id"]);

    public static SaveError RequiredMissing(IReadOnlyList<string> fields) =>
        new("REQUIRED_FIELD_MISSING", $"Required fields are missing: [{string.Join(", ", fields)}]", fields);

    /// <summary>Message format UNCONFIRMED (the reference names the code for Subject/CallDisposition &gt; 255, Description &gt; 32 000).</summary>
    public static SaveError TooLong(FieldSchema field, string value) =>
        new("STRING_TOO_LONG", $"{field.Label}: data value too large: {value} (max length={field.Length})", [field.Name]);

    public static SaveError BadPicklist(FieldSchema field, string value) =>
        new("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", $"{field.Label}: bad value for restricted picklist field: {value}", [field.Name]);

    /// <summary>Text UNCONFIRMED (reference §4.3).</summary>
    public static SaveError MalformedId(FieldSchema field, string value) =>
        new("MALFORMED_ID", $"{field.Label}: id value of incorrect type: {value}", [field.Name]);

    public static SaveError WrongReferenceType(FieldSchema field, string value) =>
        new("FIELD_INTEGRITY_EXCEPTION", $"{field.Label}: id value of incorrect type: {value}", [field.Name]);

    public static SaveError InvalidCrossReference(IReadOnlyList<string> fields) => new("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id", fields);

    public static SaveError EntityDeleted() => new("ENTITY_IS_DELETED", "entity is deleted", []);

    /// <summary>Code documented (reference §4.3); text UNCONFIRMED.</summary>
    public static SaveError InactiveOwner(string userId) => new("INACTIVE_OWNER_OR_USER", $"operation performed with inactive user [{userId}] as owner", ["OwnerId"]);

    public static SaveError DuplicateValue(string field, string otherId) =>
        new("DUPLICATE_VALUE", $"duplicate value found: {field} duplicates value on record with id: {otherId}", []);

    public static SaveError RolledBack() =>
        new("ALL_OR_NONE_OPERATION_ROLLED_BACK", "Record rolled back because not all records were valid and the request was using AllOrNone header", []);

    public static SaveError IdNotSpecified() => new("MISSING_ARGUMENT", "Id not specified in an update call", []);

    public static SaveError MalformedRecordId(string id) => new("MALFORMED_ID", $"malformed id {id}", []);

    /// <summary>Text UNCONFIRMED (jsforce refuses such records client-side: "External ID is not found in record").</summary>
    public static SaveError ExternalIdMissing(string field) => new("MISSING_ARGUMENT", $"{field} not specified", []);

    /// <summary>Code is <c>settings.duplicateExternalIdCode</c>; text UNCONFIRMED.</summary>
    public static SaveError DuplicateExternalId(string code, string field, string value) =>
        new(code, $"Duplicate external id specified: {value}", [field]);

    /// <summary>Code documented (reference §6.3); pairing and text UNCONFIRMED.</summary>
    public static SaveError ConvertedLead() => new("CANNOT_UPDATE_CONVERTED_LEAD", "cannot reference converted lead", []);
}
