namespace CampaignBridge.Functions.Contacts;

/// <summary>Why one record (or one phone number) was not written.</summary>
/// <param name="Id">The Salesforce record id as sent (or the value, for DNC numbers).</param>
/// <param name="Field">The data column, or <c>id</c> / <c>data</c> / the JSON path.</param>
/// <param name="Reason">What is wrong, in words an admin can act on.</param>
public sealed record RejectedRecord(string Id, string Field, string Reason);
