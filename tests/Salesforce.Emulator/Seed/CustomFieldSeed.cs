namespace Salesforce.Emulator;

/// <summary>A custom field on Activity, visible on Task (reference §7.1), e.g. <c>Genesys_Conversation_Id__c</c>.</summary>
public sealed class CustomFieldSeed
{
    /// <summary>Field type names accepted in <see cref="Type"/>.</summary>
    public const string TextType = "Text";

    /// <summary>A number field.</summary>
    public const string NumberType = "Number";

    /// <summary>A checkbox field.</summary>
    public const string CheckboxType = "Checkbox";

    /// <summary>A date field.</summary>
    public const string DateType = "Date";

    /// <summary>A date/time field.</summary>
    public const string DateTimeType = "DateTime";

    /// <summary>API name, ending in <c>__c</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>Label (describe); null = the name.</summary>
    public string? Label { get; set; }

    /// <summary><c>Text</c>, <c>Number</c>, <c>Checkbox</c>, <c>Date</c> or <c>DateTime</c>.</summary>
    public string Type { get; set; } = TextType;

    /// <summary>Length of a Text field (1..255).</summary>
    public int Length { get; set; } = 255;

    /// <summary>External ID: the field can be the key of an upsert.</summary>
    public bool ExternalId { get; set; }

    /// <summary>Unique: a second record with the same value fails with DUPLICATE_VALUE.</summary>
    public bool Unique { get; set; }

    /// <summary>Case-sensitive uniqueness and matching (the reference's field is not).</summary>
    public bool CaseSensitive { get; set; }
}
