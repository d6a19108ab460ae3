using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>
/// Collections update by id (reference §3.2, §6.2, §6.3): mixed types in one request, CampaignMember Status against
/// the campaign's statuses, DoNotCall on Leads and Contacts, and the id errors.
/// </summary>
public sealed class CollectionsUpdateTests
{
    [Fact]
    public async Task DoNotCall_and_a_member_status_are_updated_by_id_in_one_mixed_request()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token,
            TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)),
            TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("Status", "Responded")),
            TaskRecords.Update("Contact", SeedIds.Edsger, ("DoNotCall", true)));

        results[0].ShouldBeSaved("00Q").ShouldBe(SeedIds.Ada);
        results[1].ShouldBeSaved("00v").ShouldBe(SeedIds.AdaInWinter);
        results[2].ShouldBeSaved("003").ShouldBe(SeedIds.Edsger);
        session.Emulator.Record(SeedIds.Ada)!.GetBoolean("DoNotCall").ShouldBeTrue();
        session.Emulator.Record(SeedIds.Edsger)!.GetBoolean("DoNotCall").ShouldBeTrue();
        var member = session.Emulator.Record(SeedIds.AdaInWinter)!;
        member.GetString("Status").ShouldBe("Responded");
        member.GetBoolean("HasResponded").ShouldBeTrue();
        member.GetString("FirstRespondedDate").ShouldNotBeNull();
    }

    [Fact]
    public async Task Setting_DoNotCall_again_is_idempotent()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.DoNotCallLead, ("DoNotCall", true)));

        results[0].ShouldBeSaved("00Q");
        session.Emulator.Record(SeedIds.DoNotCallLead)!.GetBoolean("DoNotCall").ShouldBeTrue();
    }

    [Fact]
    public async Task A_member_status_matches_the_campaign_statuses_case_insensitively_and_is_stored_as_the_label()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.GraceInWinter, ("Status", "not INTERESTED")));

        results[0].ShouldBeSaved("00v");
        session.Emulator.Record(SeedIds.GraceInWinter)!.GetString("Status").ShouldBe("Not interested");
    }

    [Fact]
    public async Task A_status_of_another_campaign_is_refused_by_default()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token,
            TaskRecords.Update("CampaignMember", SeedIds.AdaInSpring, ("Status", "Called")),
            TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("Status", "Called")));

        results[0].ShouldFailWith("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST", "Status");
        results[1].ShouldBeSaved("00v");
        session.Emulator.Record(SeedIds.AdaInSpring)!.GetString("Status").ShouldBe("Sent");
    }

    [Fact]
    public async Task With_invalidMemberStatus_useDefault_an_unknown_status_becomes_the_campaign_default()
    {
        await using var session = await SalesforceSession.StartAsync(Seeds.WithSettings(s => s.InvalidMemberStatus = SalesforceSettings.MemberStatusUseDefault));
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.AlanInWinter, ("Status", "Bogus")));

        results[0].ShouldBeSaved("00v");
        session.Emulator.Record(SeedIds.AlanInWinter)!.GetString("Status").ShouldBe("Sent");
    }

    [Fact]
    public async Task A_member_status_longer_than_40_characters_is_STRING_TOO_LONG()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("Status", new string('s', 41))));

        results[0].ShouldFailWith("STRING_TOO_LONG", "Status");
    }

    [Fact]
    public async Task The_create_only_member_fields_cannot_be_updated()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("CampaignMember", SeedIds.AdaInWinter, ("CampaignId", SeedIds.SpringOutreach), ("LeadId", SeedIds.Grace)));

        results[0].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", "CampaignId", "LeadId");
    }

    [Fact]
    public async Task DoNotCall_on_a_converted_Lead_is_CANNOT_UPDATE_CONVERTED_LEAD()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.ConvertedLead, ("DoNotCall", true)));

        results[0].ShouldFailWith("CANNOT_UPDATE_CONVERTED_LEAD");
    }

    [Fact]
    public async Task Id_problems_give_their_own_codes()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var noId = TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)).Without("id");

        var results = await session.UpdateAsync(token,
            noId,
            TaskRecords.Update("Lead", "00Q5g00000AbCdE000", ("DoNotCall", true)),
            TaskRecords.Update("Lead", SeedIds.Edsger, ("DoNotCall", true)),
            TaskRecords.Update("Lead", SeedIds.UnknownLead, ("DoNotCall", true)),
            TaskRecords.Update("Lead", SeedIds.DeletedLead, ("DoNotCall", true)));

        results[0].ShouldFailWith("MISSING_ARGUMENT").GetProperty("message").GetString().ShouldBe("Id not specified in an update call");
        results[1].ShouldFailWith("MALFORMED_ID").GetProperty("message").GetString().ShouldBe("malformed id 00Q5g00000AbCdE000");
        results[2].ShouldFailWith("MALFORMED_ID", "Id");
        results[3].ShouldFailWith("INVALID_CROSS_REFERENCE_KEY");
        results[4].ShouldFailWith("ENTITY_IS_DELETED");
    }

    [Fact]
    public async Task A_run_as_user_with_read_only_access_to_DoNotCall_cannot_set_it()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync(ClientApps.RestrictedFields);

        var results = await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)));

        results[0].ShouldFailWith("INVALID_FIELD_FOR_INSERT_UPDATE", "DoNotCall");
        session.Emulator.Record(SeedIds.Ada)!.GetBoolean("DoNotCall").ShouldBeFalse();
    }

    [Fact]
    public async Task Updates_with_allOrNone_roll_back_together()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        var body = TaskRecords.Body(true,
            TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)),
            TaskRecords.Update("Lead", SeedIds.ConvertedLead, ("DoNotCall", true)));

        using var response = await session.PatchAsync(TaskRecords.CollectionsPath, token, body);

        var results = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        results[0].ShouldFailWith("ALL_OR_NONE_OPERATION_ROLLED_BACK");
        results[1].ShouldFailWith("CANNOT_UPDATE_CONVERTED_LEAD");
        session.Emulator.Record(SeedIds.Ada)!.GetBoolean("DoNotCall").ShouldBeFalse();
    }
}
