namespace Salesforce.Emulator;

/// <summary>
/// A per-record error to inject into sObject Collections writes (also the body of <c>POST /__emulator/record-faults</c>).
/// A record matches when its type is <see cref="SObjectType"/> (if given) and its <see cref="Field"/> equals
/// <see cref="Value"/> (ids compared on 15 characters, text case-insensitively; null = any record). A matching
/// record that passed validation fails with <see cref="StatusCode"/> instead of being saved, <see cref="Count"/> times.
/// </summary>
public sealed record RecordFault
{
    /// <summary>Default code: lock contention, the retryable per-record error (reference §4.3).</summary>
    public const string UnableToLockRow = "UNABLE_TO_LOCK_ROW";

    /// <summary>An org validation rule's error (permanent).</summary>
    public const string FieldCustomValidationException = "FIELD_CUSTOM_VALIDATION_EXCEPTION";

    /// <summary>A concurrent insert of the same external id (retryable once: the retry becomes an update).</summary>
    public const string DuplicateValue = "DUPLICATE_VALUE";

    /// <summary>Object type to match, e.g. <c>Task</c>; null = any.</summary>
    public string? SObjectType { get; init; }

    /// <summary>Field to match, e.g. <c>Genesys_Conversation_Id__c</c>, <c>WhoId</c> or <c>Id</c>.</summary>
    public string Field { get; init; } = "";

    /// <summary>Value to match; null = every record of the type.</summary>
    public string? Value { get; init; }

    /// <summary>The <c>statusCode</c> of the error.</summary>
    public string StatusCode { get; init; } = UnableToLockRow;

    /// <summary>The <c>message</c>; null = a standard text for the code.</summary>
    public string? Message { get; init; }

    /// <summary>The <c>fields</c> of the error.</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Fail this many matching records, then let them through; null = forever.</summary>
    public int? Count { get; init; }

    internal RecordFault Validated()
    {
        if (string.IsNullOrWhiteSpace(Field) || string.IsNullOrWhiteSpace(StatusCode))
        {
            throw new ArgumentException("field and statusCode are required.");
        }

        if (Count is < 0)
        {
            throw new ArgumentException("count must not be negative.");
        }

        return this with { Fields = [.. Fields] };
    }
}
