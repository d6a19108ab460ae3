namespace Salesforce.Emulator;

/// <summary>Describe field types the emulated objects use (names as describe reports them).</summary>
internal enum FieldType
{
    Id,
    Reference,
    String,
    TextArea,
    Picklist,
    Combobox,
    Phone,
    Email,
    Boolean,
    Int,
    Double,
    Date,
    DateTime,
}
