namespace Salesforce.Emulator;

/// <summary>Kinds of SOQL tokens the emulator's subset knows.</summary>
internal enum SoqlTokenKind
{
    Identifier,
    String,
    Number,
    Date,
    DateTime,
    Symbol,
    End,
}
