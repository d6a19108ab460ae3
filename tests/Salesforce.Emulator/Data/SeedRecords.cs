using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>Turns the seed into stored records (users, contacts, leads, campaigns, member statuses, members).</summary>
internal static class SeedRecords
{
    public static void Load(SalesforceSeed seed, RecordStore store, IdGenerator ids, DateTimeOffset now)
    {
        var owner = seed.Users.Count > 0 ? seed.Users[0].Id : null;
        foreach (var user in seed.Users)
        {
            store.Add(Record(StandardObjects.User, user.Id, owner, now, new()
            {
                ["Username"] = user.Username,
                ["Name"] = user.Name,
                ["IsActive"] = user.IsActive,
            }));
        }

        foreach (var contact in seed.Contacts)
        {
            store.Add(Record(StandardObjects.Contact, contact.Id, owner, now, new()
            {
                ["FirstName"] = contact.FirstName,
                ["LastName"] = contact.LastName,
                ["Name"] = FullName(contact.FirstName, contact.LastName),
                ["AccountId"] = contact.AccountId,
                ["Phone"] = contact.Phone,
                ["MobilePhone"] = contact.MobilePhone,
                ["Email"] = contact.Email,
                ["DoNotCall"] = contact.DoNotCall,
                ["OwnerId"] = owner,
                ["IsDeleted"] = contact.IsDeleted,
            }));
        }

        foreach (var lead in seed.Leads)
        {
            store.Add(Record(StandardObjects.Lead, lead.Id, owner, now, new()
            {
                ["FirstName"] = lead.FirstName,
                ["LastName"] = lead.LastName,
                ["Name"] = FullName(lead.FirstName, lead.LastName),
                ["Company"] = lead.Company,
                ["Status"] = lead.Status ?? StandardObjects.LeadStatuses[0],
                ["Phone"] = lead.Phone,
                ["MobilePhone"] = lead.MobilePhone,
                ["Email"] = lead.Email,
                ["DoNotCall"] = lead.DoNotCall,
                ["IsConverted"] = lead.IsConverted,
                ["ConvertedContactId"] = lead.ConvertedContactId,
                ["OwnerId"] = owner,
                ["IsDeleted"] = lead.IsDeleted,
            }));
        }

        foreach (var campaign in seed.Campaigns)
        {
            store.Add(Record(StandardObjects.Campaign, campaign.Id, owner, now, new()
            {
                ["Name"] = campaign.Name,
                ["IsActive"] = campaign.IsActive,
                ["Status"] = campaign.Status,
                ["OwnerId"] = owner,
            }));
            for (var i = 0; i < campaign.MemberStatuses.Count; i++)
            {
                var status = campaign.MemberStatuses[i];
                store.Add(Record(StandardObjects.CampaignMemberStatus, status.Id ?? ids.Next(KeyPrefixes.CampaignMemberStatus), owner, now, new()
                {
                    ["CampaignId"] = campaign.Id,
                    ["Label"] = status.Label,
                    ["SortOrder"] = status.SortOrder ?? i + 1,
                    ["IsDefault"] = status.IsDefault,
                    ["HasResponded"] = status.HasResponded,
                }));
            }
        }

        foreach (var member in seed.CampaignMembers)
        {
            var campaign = seed.Campaigns.First(c => SalesforceIds.Key(c.Id) == SalesforceIds.Key(member.CampaignId));
            var status = campaign.MemberStatuses.First(s => member.Status is null ? s.IsDefault : string.Equals(s.Label, member.Status, StringComparison.OrdinalIgnoreCase));
            store.Add(Record(StandardObjects.CampaignMember, member.Id, owner, now, new()
            {
                ["CampaignId"] = member.CampaignId,
                ["LeadId"] = member.LeadId,
                ["ContactId"] = member.ContactId,
                ["Status"] = status.Label,
                ["HasResponded"] = status.HasResponded,
                ["FirstRespondedDate"] = status.HasResponded ? SalesforceTime.Date(now) : null,
            }));
        }
    }

    private static StoredRecord Record(string type, string id, string? owner, DateTimeOffset now, Dictionary<string, JsonNode?> fields)
    {
        var stamp = SalesforceTime.DateTime(now);
        var all = new Dictionary<string, JsonNode?>(fields, StringComparer.OrdinalIgnoreCase)
        {
            ["CreatedDate"] = stamp,
            ["CreatedById"] = owner,
            ["LastModifiedDate"] = stamp,
            ["LastModifiedById"] = owner,
            ["SystemModstamp"] = stamp,
        };
        all.TryAdd("IsDeleted", false);
        return new StoredRecord(type, id, all);
    }

    private static string FullName(string? first, string last) => string.IsNullOrEmpty(first) ? last : first + " " + last;
}
