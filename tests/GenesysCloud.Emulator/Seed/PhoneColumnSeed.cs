namespace GenesysCloud.Emulator;

/// <summary>A phone column {columnName, type} of a contact list or campaign.</summary>
public sealed class PhoneColumnSeed
{
    public string ColumnName { get; set; } = "";

    /// <summary>e.g. <c>home</c>, <c>cell</c>, <c>work</c>.</summary>
    public string? Type { get; set; }
}
