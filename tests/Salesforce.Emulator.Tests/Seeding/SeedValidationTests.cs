namespace Salesforce.Emulator.Tests.Seeding;

/// <summary>Seed files are validated at load: every problem is reported, none is silently fixed.</summary>
public sealed class SeedValidationTests
{
    [Fact]
    public void A_seed_round_trips_through_its_JSON()
    {
        var seed = SalesforceSeed.Default;

        var again = SalesforceSeed.FromJson(seed.ToJson());

        again.ToJson().ShouldBe(seed.ToJson());
    }

    [Fact]
    public void Malformed_JSON_is_an_InvalidDataException()
    {
        Should.Throw<InvalidDataException>(() => SalesforceSeed.FromJson("{ not json"));
        Should.Throw<InvalidDataException>(() => SalesforceSeed.FromJson("null"));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_in_seed_files()
    {
        var json = SalesforceSeed.Default.ToJson().Replace("\"settings\": {", "// settings follow\n  \"settings\": {", StringComparison.Ordinal);

        SalesforceSeed.FromJson(json).Leads.ShouldNotBeEmpty();
    }

    public static TheoryData<string, Action<SalesforceSeed>> Problems => new()
    {
        { "organization.id", s => s.Organization.Id = "00D5g000004XyZ1AAA" },
        { "must start with 00Q", s => s.Leads[0].Id = "0035g00000XyZaEAAV" },
        { "checksum", s => s.Contacts[0].Id = "0035g00000XyZaAEEE" },
        { "appears more than once", s => s.Leads[1].Id = s.Leads[0].Id },
        { "lastName and company are required", s => s.Leads[0].Company = "" },
        { "is not a Lead status", s => s.Leads[0].Status = "Hot" },
        { "convertedContactId", s => s.Leads[3].ConvertedContactId = "0035g00000ZzZzZAAV" },
        { "exactly one isDefault", s => s.Campaigns[0].MemberStatuses.ForEach(m => m.IsDefault = false) },
        { "at least one hasResponded", s => s.Campaigns[1].MemberStatuses.ForEach(m => m.HasResponded = false) },
        { "is not a member status", s => s.CampaignMembers[0].Status = "Maybe" },
        { "exactly one of leadId/contactId", s => s.CampaignMembers[0].ContactId = s.Contacts[0].Id },
        { "campaign+member", s => s.CampaignMembers[1].LeadId = s.CampaignMembers[0].LeadId },
        { "is not a seeded campaign", s => s.CampaignMembers[0].CampaignId = "7015g00000ZzZzZAAV" },
        { "runAsUsername", s => s.ClientApps[0].RunAsUsername = "nobody@acme.example" },
        { "consumerKey and consumerSecret are required", s => s.ClientApps[0].ConsumerSecret = "" },
        { "clientApps[].consumerKey", s => s.ClientApps[1].ConsumerKey = s.ClientApps[0].ConsumerKey },
        { "is not Object.Field", s => s.Users[0].FieldAccess["Task.Mood__c"] = "read" },
        { "must be edit, read or none", s => s.Users[0].FieldAccess["Task.Subject"] = "write" },
        { "ends with __c", s => s.ActivityCustomFields[0].Name = "Genesys_Conversation_Id" },
        { "length must be 1..255", s => s.ActivityCustomFields[0].Length = 256 },
        { "dailyApiRequestLimit", s => s.Settings.DailyApiRequestLimit = 0 },
        { "wrongSecretStatus", s => s.Settings.WrongSecretStatus = 403 },
        { "taskSubtypeOnUpdate", s => s.Settings.TaskSubtypeOnUpdate = "maybe" },
        { "unknownFieldScope", s => s.Settings.UnknownFieldScope = "batch" },
        { "invalidMemberStatus", s => s.Settings.InvalidMemberStatus = "ignore" },
        { "singleUpsertUpdateStatus", s => s.Settings.SingleUpsertUpdateStatus = 201 },
        { "must be NN.N", s => s.Settings.LatestApiVersion = "v65" },
        { "at least 46.0", s => s.Settings.LatestApiVersion = "45.0" },
        { "closedTaskStatuses", s => s.Settings.ClosedTaskStatuses = ["Finished"] },
        { "queryBatchSize", s => s.Settings.QueryBatchSize = 0 },
        { "sessionTimeoutMinutes", s => s.Settings.SessionTimeoutMinutes = 0 },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void An_invalid_seed_is_refused_naming_the_problem(string expected, Action<SalesforceSeed> change)
    {
        var seed = SalesforceSeed.Default;
        change(seed);

        var error = Should.Throw<InvalidDataException>(seed.Validate);

        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Fifteen_character_seed_ids_are_accepted_and_answered_as_18()
    {
        var seed = SalesforceSeed.Default;
        seed.Leads[0].Id = seed.Leads[0].Id[..15];
        seed.CampaignMembers[0].LeadId = seed.CampaignMembers[0].LeadId![..15];

        seed.Validate();
        var state = new SalesforceState(seed, TimeProvider.System);

        lock (state.Gate)
        {
            state.Store.Find(seed.Leads[0].Id)!.Id.ShouldBe("00Q5g00000AbCdEEAV");
            state.Store.Find(seed.CampaignMembers[0].Id)!.GetString("LeadId").ShouldBe("00Q5g00000AbCdEEAV");
        }
    }

    [Fact]
    public async Task Changing_a_seed_after_start_has_no_effect_on_the_running_emulator()
    {
        var seed = SalesforceSeed.Default;
        await using var emulator = await SalesforceEmulator.StartAsync(seed, ct: TestContext.Current.CancellationToken);

        seed.Leads.Clear();

        emulator.Leads.ShouldNotBeEmpty();
        emulator.Seed.Leads.ShouldNotBeEmpty();
    }
}
