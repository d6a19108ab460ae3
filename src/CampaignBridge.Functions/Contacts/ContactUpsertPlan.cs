using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Contacts;

/// <summary>The outcome of validating an upsert against a contact list: what to write and what was rejected.</summary>
/// <param name="Contacts">Valid contacts, phones in E.164, ready for <c>AddContactsAsync</c>.</param>
/// <param name="Rejected">One entry per problem found.</param>
/// <param name="Options">Genesys write options.</param>
public sealed record ContactUpsertPlan(IReadOnlyList<WritableDialerContact> Contacts, IReadOnlyList<RejectedRecord> Rejected, ContactWriteOptions Options);
