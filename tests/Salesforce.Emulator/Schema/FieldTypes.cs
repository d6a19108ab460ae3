namespace Salesforce.Emulator;

/// <summary>Facts about each <see cref="FieldType"/>: its describe name, SOAP type and which JSON values it takes.</summary>
internal static class FieldTypes
{
    public static string DescribeName(FieldType type) => type switch
    {
        FieldType.DateTime => "datetime",
        FieldType.TextArea => "textarea",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string SoapType(FieldType type) => type switch
    {
        FieldType.Id or FieldType.Reference => "tns:ID",
        FieldType.Boolean => "xsd:boolean",
        FieldType.Int => "xsd:int",
        FieldType.Double => "xsd:double",
        FieldType.Date => "xsd:date",
        FieldType.DateTime => "xsd:dateTime",
        _ => "xsd:string",
    };

    /// <summary>Text-valued types: compared case-insensitively in SOQL, length-checked on write.</summary>
    public static bool IsText(FieldType type) => type is FieldType.String or FieldType.TextArea or FieldType.Picklist
        or FieldType.Combobox or FieldType.Phone or FieldType.Email;

    public static bool IsId(FieldType type) => type is FieldType.Id or FieldType.Reference;
}
