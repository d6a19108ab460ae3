namespace Salesforce.Emulator;

/// <summary>Seed checks for the org, users, apps and records (settings: <see cref="SettingsValidator"/>).</summary>
internal static class SeedValidator
{
    public static List<string> Problems(SalesforceSeed seed)
    {
        var problems = new List<string>();
        RequireId(seed.Organization.Id, KeyPrefixes.Organization, "organization.id", problems);
        SettingsValidator.Check(seed.Settings, problems);
        CheckCustomFields(seed.ActivityCustomFields, problems);
        CheckUsers(seed, problems);
        CheckClientApps(seed, problems);
        CheckLeadsAndContacts(seed, problems);
        CheckCampaigns(seed, problems);
        CheckMembers(seed, problems);
        return problems;
    }

    private static void CheckCustomFields(List<CustomFieldSeed> fields, List<string> problems)
    {
        RequireUnique(fields.Select(f => f.Name), "activityCustomFields[].name", problems, StringComparer.OrdinalIgnoreCase);
        string[] types = [CustomFieldSeed.TextType, CustomFieldSeed.NumberType, CustomFieldSeed.CheckboxType, CustomFieldSeed.DateType, CustomFieldSeed.DateTimeType];
        foreach (var field in fields)
        {
            if (!field.Name.EndsWith("__c", StringComparison.Ordinal) || field.Name.Length < 4)
            {
                problems.Add($"activityCustomFields[{field.Name}]: a custom field name ends with __c.");
            }

            if (!types.Contains(field.Type, StringComparer.Ordinal))
            {
                problems.Add($"activityCustomFields[{field.Name}].type must be one of {string.Join(", ", types)}.");
            }

            if (field.Type == CustomFieldSeed.TextType && field.Length is < 1 or > 255)
            {
                problems.Add($"activityCustomFields[{field.Name}].length must be 1..255 (Activity has no long text area).");
            }

            if ((field.ExternalId || field.Unique) && field.Type is not (CustomFieldSeed.TextType or CustomFieldSeed.NumberType))
            {
                problems.Add($"activityCustomFields[{field.Name}]: only Text and Number fields can be externalId or unique.");
            }
        }
    }

    private static void CheckUsers(SalesforceSeed seed, List<string> problems)
    {
        RequireUniqueIds(seed.Users.Select(u => u.Id), "users[].id", problems);
        RequireUnique(seed.Users.Select(u => u.Username), "users[].username", problems, StringComparer.OrdinalIgnoreCase);
        // Checked against every field an org can have (call center fields included), whatever settings.callCenterFields says.
        var catalog = new SchemaCatalog(new SalesforceSettings(), seed.ActivityCustomFields);
        foreach (var user in seed.Users)
        {
            RequireId(user.Id, KeyPrefixes.User, $"users[{user.Username}].id", problems);
            if (string.IsNullOrWhiteSpace(user.Username))
            {
                problems.Add("users[].username is required.");
            }

            foreach (var (key, level) in user.FieldAccess)
            {
                var parts = key.Split('.', 2);
                if (parts.Length != 2 || catalog.Find(parts[0])?.Field(parts[1]) is null)
                {
                    problems.Add($"users[{user.Username}].fieldAccess: {key} is not Object.Field of an emulated object.");
                }

                if (level is not (UserSeed.Edit or UserSeed.Read or UserSeed.None))
                {
                    problems.Add($"users[{user.Username}].fieldAccess[{key}] must be edit, read or none.");
                }
            }
        }
    }

    private static void CheckClientApps(SalesforceSeed seed, List<string> problems)
    {
        RequireUnique(seed.ClientApps.Select(a => a.ConsumerKey), "clientApps[].consumerKey", problems, StringComparer.Ordinal);
        foreach (var app in seed.ClientApps)
        {
            if (string.IsNullOrEmpty(app.ConsumerKey) || string.IsNullOrEmpty(app.ConsumerSecret))
            {
                problems.Add($"clientApps[{app.Name}]: consumerKey and consumerSecret are required.");
            }

            if (app.RunAsUsername is { } user && !seed.Users.Any(u => string.Equals(u.Username, user, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"clientApps[{app.Name}].runAsUsername {user} is not a seeded user.");
            }

            if (app.SessionTimeoutMinutes is < 1)
            {
                problems.Add($"clientApps[{app.Name}].sessionTimeoutMinutes must be at least 1.");
            }

            if (app.Certificate is { } pem && !IsCertificate(pem))
            {
                problems.Add($"clientApps[{app.Name}].certificate is not a PEM X.509 certificate with an RSA key.");
            }

            foreach (var username in app.PreAuthorizedUsernames.Where(n => !seed.Users.Any(u => string.Equals(u.Username, n, StringComparison.OrdinalIgnoreCase))))
            {
                problems.Add($"clientApps[{app.Name}].preAuthorizedUsernames: {username} is not a seeded user.");
            }
        }
    }

    private static void CheckLeadsAndContacts(SalesforceSeed seed, List<string> problems)
    {
        RequireUniqueIds(seed.Leads.Select(l => l.Id).Concat(seed.Contacts.Select(c => c.Id)), "leads[].id/contacts[].id", problems);
        foreach (var lead in seed.Leads)
        {
            RequireId(lead.Id, KeyPrefixes.Lead, $"leads[{lead.Id}].id", problems);
            if (string.IsNullOrWhiteSpace(lead.LastName) || string.IsNullOrWhiteSpace(lead.Company))
            {
                problems.Add($"leads[{lead.Id}]: lastName and company are required.");
            }

            if (lead.Status is { } status && !StandardObjects.LeadStatuses.Contains(status))
            {
                problems.Add($"leads[{lead.Id}].status {status} is not a Lead status.");
            }

            if (lead.ConvertedContactId is { } contactId && !seed.Contacts.Any(c => SameId(c.Id, contactId)))
            {
                problems.Add($"leads[{lead.Id}].convertedContactId {contactId} is not a seeded contact.");
            }
        }

        foreach (var contact in seed.Contacts)
        {
            RequireId(contact.Id, KeyPrefixes.Contact, $"contacts[{contact.Id}].id", problems);
            if (string.IsNullOrWhiteSpace(contact.LastName))
            {
                problems.Add($"contacts[{contact.Id}].lastName is required.");
            }

            if (contact.AccountId is { } accountId)
            {
                RequireId(accountId, KeyPrefixes.Account, $"contacts[{contact.Id}].accountId", problems);
            }
        }
    }

    private static void CheckCampaigns(SalesforceSeed seed, List<string> problems)
    {
        RequireUniqueIds(seed.Campaigns.Select(c => c.Id), "campaigns[].id", problems);
        foreach (var campaign in seed.Campaigns)
        {
            RequireId(campaign.Id, KeyPrefixes.Campaign, $"campaigns[{campaign.Id}].id", problems);
            if (string.IsNullOrWhiteSpace(campaign.Name))
            {
                problems.Add($"campaigns[{campaign.Id}].name is required.");
            }

            // Since v39 every campaign has exactly one default status and at least one responded status (reference §6.2).
            if (campaign.MemberStatuses.Count(s => s.IsDefault) != 1 || !campaign.MemberStatuses.Any(s => s.HasResponded))
            {
                problems.Add($"campaigns[{campaign.Id}].memberStatuses needs exactly one isDefault and at least one hasResponded.");
            }

            RequireUnique(campaign.MemberStatuses.Select(s => s.Label), $"campaigns[{campaign.Id}].memberStatuses[].label", problems, StringComparer.OrdinalIgnoreCase);
            foreach (var status in campaign.MemberStatuses.Where(s => s.Id is not null))
            {
                RequireId(status.Id!, KeyPrefixes.CampaignMemberStatus, $"campaigns[{campaign.Id}].memberStatuses[{status.Label}].id", problems);
            }
        }
    }

    private static void CheckMembers(SalesforceSeed seed, List<string> problems)
    {
        RequireUniqueIds(seed.CampaignMembers.Select(m => m.Id), "campaignMembers[].id", problems);
        foreach (var member in seed.CampaignMembers)
        {
            RequireId(member.Id, KeyPrefixes.CampaignMember, $"campaignMembers[{member.Id}].id", problems);
            var campaign = seed.Campaigns.FirstOrDefault(c => SameId(c.Id, member.CampaignId));
            if (campaign is null)
            {
                problems.Add($"campaignMembers[{member.Id}].campaignId {member.CampaignId} is not a seeded campaign.");
            }
            else if (member.Status is { } status && !campaign.MemberStatuses.Any(s => string.Equals(s.Label, status, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"campaignMembers[{member.Id}].status {status} is not a member status of campaign {campaign.Id}.");
            }

            var lead = member.LeadId is { } leadId && seed.Leads.Any(l => SameId(l.Id, leadId));
            var contact = member.ContactId is { } contactId && seed.Contacts.Any(c => SameId(c.Id, contactId));
            if ((member.LeadId is null) == (member.ContactId is null) || !(lead || contact))
            {
                problems.Add($"campaignMembers[{member.Id}] needs exactly one of leadId/contactId naming a seeded record.");
            }
        }

        // A Lead/Contact can be a member of a campaign only once (reference §6.2).
        RequireUnique(seed.CampaignMembers.Select(m => Key(m.CampaignId) + "/" + Key(m.LeadId ?? m.ContactId ?? "")), "campaignMembers[] campaign+member", problems, StringComparer.Ordinal);
    }

    private static bool IsCertificate(string pem)
    {
        try
        {
            using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(pem);
            using var rsa = System.Security.Cryptography.X509Certificates.RSACertificateExtensions.GetRSAPublicKey(certificate);
            return rsa is not null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static void RequireId(string? value, string prefix, string what, List<string> problems)
    {
        if (!SalesforceIds.TryNormalize(value, out var id))
        {
            problems.Add($"{what} '{value}' is not a 15/18-character Salesforce id with a correct checksum.");
        }
        else if (!id.StartsWith(prefix, StringComparison.Ordinal))
        {
            problems.Add($"{what} '{value}' must start with {prefix}.");
        }
    }

    private static void RequireUniqueIds(IEnumerable<string> ids, string what, List<string> problems) =>
        RequireUnique(ids.Select(Key), what, problems, StringComparer.Ordinal);

    private static void RequireUnique(IEnumerable<string> values, string what, List<string> problems, StringComparer comparer)
    {
        foreach (var duplicate in values.GroupBy(v => v, comparer).Where(g => g.Count() > 1))
        {
            problems.Add($"{what} {duplicate.Key} appears more than once.");
        }
    }

    private static bool SameId(string a, string b) => Key(a) == Key(b);

    private static string Key(string id) => SalesforceIds.Key(id);
}
