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
            var fields = Person(contact.FirstName, contact.LastName, contact.Phone, contact.MobilePhone, contact.Email, contact.DoNotCall, contact.IsDeleted, owner);
            fields["AccountId"] = contact.AccountId;
            store.Add(Record(StandardObjects.Contact, contact.Id, owner, now, fields));
        }

        foreach (var lead in seed.Leads)
        {
            var fields = Person(lead.FirstName, lead.LastName, lead.Phone, lead.MobilePhone, lead.Email, lead.DoNotCall, lead.IsDeleted, owner);
            fields["Company"] = lead.Company;
            fields["Status"] = lead.Status ?? StandardObjects.LeadStatuses[0];
            fields["IsConverted"] = lead.IsConverted;
            fields["ConvertedContactId"] = lead.ConvertedContactId;
            store.Add(Record(StandardObjects.Lead, lead.Id, owner, now, fields));
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

    /// <summary>The fields Leads and Contacts share.</summary>
    private static Dictionary<string, JsonNode?> Person(string? first, string last, string? phone, string? mobile, string? email, bool doNotCall, bool deleted, string? owner) => new()
    {
        ["FirstName"] = first,
        ["LastName"] = last,
        ["Name"] = DerivedFields.FullName(first, last),
        ["Phone"] = phone,
        ["MobilePhone"] = mobile,
        ["Email"] = email,
        ["DoNotCall"] = doNotCall,
        ["OwnerId"] = owner,
        ["IsDeleted"] = deleted,
    };
}
