namespace Salesforce.Emulator;

/// <summary>Rewrites every id of a (validated) seed copy in its 18-character form, so the emulator only ever answers 18-character ids.</summary>
internal static class SeedIdNormalizer
{
    public static void Normalize(SalesforceSeed seed)
    {
        seed.Organization.Id = Full(seed.Organization.Id)!;
        foreach (var user in seed.Users)
        {
            user.Id = Full(user.Id)!;
        }

        foreach (var lead in seed.Leads)
        {
            lead.Id = Full(lead.Id)!;
            lead.ConvertedContactId = Full(lead.ConvertedContactId);
        }

        foreach (var contact in seed.Contacts)
        {
            contact.Id = Full(contact.Id)!;
            contact.AccountId = Full(contact.AccountId);
        }

        foreach (var campaign in seed.Campaigns)
        {
            campaign.Id = Full(campaign.Id)!;
            foreach (var status in campaign.MemberStatuses)
            {
                status.Id = Full(status.Id);
            }
        }

        foreach (var member in seed.CampaignMembers)
        {
            member.Id = Full(member.Id)!;
            member.CampaignId = Full(member.CampaignId)!;
            member.LeadId = Full(member.LeadId);
            member.ContactId = Full(member.ContactId);
        }
    }

    private static string? Full(string? id) => id is not null && SalesforceIds.TryNormalize(id, out var full) ? full : id;
}
