namespace Salesforce.Emulator;

/// <summary>Field-level security of the running user on one field.</summary>
internal enum FieldAccessLevel
{
    /// <summary>Invisible: unknown to describe, queries and writes.</summary>
    None,

    /// <summary>Visible, not writable.</summary>
    Read,

    /// <summary>Visible and writable (where the field itself is createable/updateable).</summary>
    Edit,
}
