namespace CampaignBridge.Salesforce;

/// <summary>A value that could not be used (the <c>{id, field, reason}</c> of the API's <c>rejected</c> list).</summary>
/// <param name="Id">The contact (Salesforce record) id, or null when the record has no usable id.</param>
/// <param name="Field">The Salesforce field (or contact column) whose value was refused.</param>
/// <param name="Reason">Why, e.g. <c>invalid for region US</c>; never repeats the value.</param>
public sealed record ContactRejection(string? Id, string Field, string Reason);
