using System.Text.Json.Nodes;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>Collections create (reference §3.2, §8.6): <c>POST .../composite/sobjects</c>, mixed types, unique fields.</summary>
public sealed class CollectionsCreateTests
{
    [Fact]
    public async Task Records_of_several_types_are_created_with_ids_of_their_key_prefixes_and_no_created_flag()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var member = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "CampaignMember" },
            ["CampaignId"] = SeedIds.SpringOutreach,
            ["ContactId"] = SeedIds.Barbara,
        };

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, TaskRecords.Call("created-by-post"), member));

        var results = await response.ShouldBeJsonAsync();
        results[0].ShouldBeSaved("00T");
        var memberId = results[1].ShouldBeSaved("00v");
        var created = session.Emulator.Record(memberId)!;
        created.GetString("Status").ShouldBe("Sent", "a new member gets the campaign's default status");
        created.GetBoolean("HasResponded").ShouldBeFalse();
    }

    [Fact]
    public async Task An_insert_may_not_carry_an_Id()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, TaskRecords.Call("x").With("Id", "00T5g00000AbCdE")));

        (await response.ShouldBeJsonAsync())[0].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", "Id");
    }

    [Fact]
    public async Task Creating_a_second_Task_with_a_used_conversation_id_is_DUPLICATE_VALUE()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var first = await session.UpsertTasksAsync(token, false, TaskRecords.Call("taken"));

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, TaskRecords.Call("TAKEN")));

        var error = (await response.ShouldBeJsonAsync())[0].ShouldFailWith("DUPLICATE_VALUE");
        error.GetProperty("message").GetString().ShouldBe(
            $"duplicate value found: Genesys_Conversation_Id__c duplicates value on record with id: {first[0].GetProperty("id").GetString()}");
    }

    [Fact]
    public async Task A_Lead_or_Contact_is_a_member_of_a_campaign_only_once()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var again = new JsonObject
        {
            ["attributes"] = new JsonObject { ["type"] = "CampaignMember" },
            ["CampaignId"] = SeedIds.WinterRenewals,
            ["LeadId"] = SeedIds.Ada,
        };

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, again));

        (await response.ShouldBeJsonAsync())[0].ShouldFailWith("DUPLICATE_VALUE").GetProperty("message").GetString().ShouldBe("Already a campaign member.");
    }

    [Fact]
    public async Task A_member_needs_exactly_one_of_LeadId_and_ContactId()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var neither = new JsonObject { ["attributes"] = new JsonObject { ["type"] = "CampaignMember" }, ["CampaignId"] = SeedIds.SpringOutreach };

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, neither));

        (await response.ShouldBeJsonAsync())[0].ShouldFailWith("FIELD_INTEGRITY_EXCEPTION", "LeadId", "ContactId");
    }

    [Fact]
    public async Task A_Lead_without_its_required_fields_is_REQUIRED_FIELD_MISSING_listing_them()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var lead = new JsonObject { ["attributes"] = new JsonObject { ["type"] = "Lead" }, ["FirstName"] = "Nobody" };

        using var response = await session.PostAsync(TaskRecords.CollectionsPath, token, TaskRecords.Body(false, lead));

        (await response.ShouldBeJsonAsync())[0].ShouldFailWith("REQUIRED_FIELD_MISSING", "LastName", "Company")
            .GetProperty("message").GetString().ShouldBe("Required fields are missing: [LastName, Company]");
    }
}
