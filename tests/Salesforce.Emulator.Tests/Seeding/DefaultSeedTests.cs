using CampaignBridge.Salesforce;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Seeding;

/// <summary>The default seed: valid Salesforce ids with the reference's key prefixes, and the records other test projects rely on.</summary>
public sealed class DefaultSeedTests
{
    [Fact]
    public void Every_id_of_the_default_seed_is_a_valid_18_character_id_with_its_key_prefix()
    {
        var seed = SalesforceSeed.Default;

        SalesforceOrganizationId.TryParse(seed.Organization.Id, out _).ShouldBeTrue();
        Check(seed.Users.Select(u => u.Id), "005");
        Check(seed.Leads.Select(l => l.Id), "00Q");
        Check(seed.Contacts.Select(c => c.Id), "003");
        Check(seed.Campaigns.Select(c => c.Id), "701");
        Check(seed.Campaigns.SelectMany(c => c.MemberStatuses).Select(s => s.Id!), "01Y");
        Check(seed.CampaignMembers.Select(m => m.Id), "00v");

        static void Check(IEnumerable<string> ids, string prefix)
        {
            foreach (var id in ids)
            {
                SalesforceRecordId.TryParse(id, out var parsed, out var problem).ShouldBeTrue(problem);
                id.Length.ShouldBe(18);
                parsed.KeyPrefix.ShouldBe(prefix);
            }
        }
    }

    [Fact]
    public void The_default_seed_has_the_Lead_of_the_reference_example_with_a_phone_number()
    {
        var ada = SalesforceSeed.Default.Leads.Single(l => l.Id == "00Q5g00000AbCdEEAV");

        ada.Phone.ShouldStartWith("+");
        ada.IsDeleted.ShouldBeFalse();
        SalesforceSeed.Default.Leads.Where(l => !l.IsDeleted).ShouldAllBe(l => l.Phone != null && l.Phone.StartsWith('+'));
        SalesforceSeed.Default.Contacts.Where(c => !c.IsDeleted).ShouldAllBe(c => c.Phone != null && c.Phone.StartsWith('+'));
    }

    [Fact]
    public void The_default_campaign_has_members_and_the_statuses_the_app_maps_outcomes_to()
    {
        var winter = SalesforceSeed.Default.Campaigns.Single(c => c.Id == SeedIds.WinterRenewals);

        winter.MemberStatuses.Select(s => s.Label).ShouldBe(["Sent", "Called", "Responded", "Not interested", "Do not call"]);
        winter.MemberStatuses.Single(s => s.IsDefault).Label.ShouldBe("Sent");
        SalesforceSeed.Default.CampaignMembers.Count(m => m.CampaignId == SeedIds.WinterRenewals).ShouldBe(6);
    }

    [Fact]
    public void The_conversation_id_field_is_an_external_unique_case_insensitive_64_character_text_on_Activity()
    {
        var field = SalesforceSeed.Default.ActivityCustomFields.Single();

        field.Name.ShouldBe(SeedIds.ConversationField);
        field.Type.ShouldBe(CustomFieldSeed.TextType);
        field.Length.ShouldBe(64);
        field.ExternalId.ShouldBeTrue();
        field.Unique.ShouldBeTrue();
        field.CaseSensitive.ShouldBeFalse();
    }

    [Fact]
    public void The_default_seed_has_a_client_app_for_each_token_error_switch()
    {
        var apps = SalesforceSeed.Default.ClientApps.ToDictionary(a => a.ConsumerKey);

        apps[ClientApps.CampaignBridge.Key].RunAsUsername.ShouldNotBeNull();
        apps[ClientApps.NoRunAsUser.Key].RunAsUsername.ShouldBeNull();
        apps[ClientApps.FlowDisabled.Key].ClientCredentialsFlowEnabled.ShouldBeFalse();
        apps[ClientApps.ShortSession.Key].SessionTimeoutMinutes.ShouldBe(15);
        SalesforceSeed.Default.Users.Single(u => u.Username == apps[ClientApps.RestrictedFields.Key].RunAsUsername).FieldAccess.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Seed_records_are_readable_in_process_by_type()
    {
        await using var emulator = await SalesforceEmulator.StartAsync(ct: TestContext.Current.CancellationToken);

        emulator.Leads.Select(l => l.Id).ShouldContain(SeedIds.Ada);
        emulator.Contacts.Count.ShouldBe(4);
        emulator.Campaigns.Select(c => c.GetString("Name")).ShouldBe(["Winter Renewals", "Spring Outreach"]);
        emulator.CampaignMembers.Single(m => m.Id == SeedIds.BarbaraInWinter).GetBoolean("HasResponded").ShouldBeTrue();
        emulator.CampaignMemberStatuses.Count(s => s.GetString("CampaignId") == SeedIds.SpringOutreach).ShouldBe(2);
        emulator.Records("lead").Count.ShouldBe(emulator.Leads.Count);
        emulator.OrganizationId.ShouldBe(SeedIds.Organization);
        emulator.BaseUrl.Host.ShouldBe("127.0.0.1");
        Should.Throw<ArgumentException>(() => emulator.Records("Opportunity"));
    }

    [Fact]
    public async Task Generated_ids_are_valid_and_use_the_org_instance_code()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpsertTasksAsync(token, false, [.. Enumerable.Range(0, 70).Select(i => TaskRecords.Call($"id-{i}"))]);

        var ids = results.EnumerateArray().Select(r => r.ShouldBeSaved("00T", created: true)).ToList();
        ids.ShouldAllBe(id => id.Substring(3, 2) == "5g");
        ids.Distinct().Count().ShouldBe(70);
    }
}
