namespace Salesforce.Emulator;

/// <summary>The three sObject Collections writes.</summary>
internal enum CollectionOperation
{
    Create,
    Update,
    Upsert,
}
