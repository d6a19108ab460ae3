using System.Text.Json;
using CampaignBridge.Salesforce.Tests.Rest.Support;

namespace CampaignBridge.Salesforce.Tests.Rest.Records;

/// <summary>sObject Collections update by id (reference §3.2, §6.2, §6.3): DoNotCall and CampaignMember Status.</summary>
public sealed class UpdateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DoNotCall_on_a_lead_and_a_contact_and_a_member_status_are_updated_by_id_in_one_request()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var results = await harness.Client.UpdateAsync(
        [
            new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true },
            new WritableSObject("Contact", SeededOrg.Edsger) { ["DoNotCall"] = true },
            new WritableSObject("CampaignMember", SeededOrg.AdaInWinter) { ["Status"] = "Responded" },
        ], Cancel);

        results.Select(r => (r.Success, r.Id)).ShouldBe([(true, SeededOrg.Ada), (true, SeededOrg.Edsger), (true, SeededOrg.AdaInWinter)]);
        results.ShouldAllBe(r => r.Created == null, "an update reports no created flag");
        harness.Org.Record(SeededOrg.Ada)!.GetBoolean("DoNotCall").ShouldBeTrue();
        harness.Org.Record(SeededOrg.Edsger)!.GetBoolean("DoNotCall").ShouldBeTrue();
        harness.Org.Record(SeededOrg.AdaInWinter)!.GetString("Status").ShouldBe("Responded");

        var request = harness.ApiRequests.ShouldHaveSingleItem();
        request.Method.ShouldBe("PATCH");
        request.Path.ShouldBe("/services/data/v65.0/composite/sobjects");
        using var body = JsonDocument.Parse(request.Body);
        body.RootElement.GetProperty("allOrNone").GetBoolean().ShouldBeFalse();
        var lead = body.RootElement.GetProperty("records")[0];
        lead.GetProperty("attributes").GetProperty("type").GetString().ShouldBe("Lead");
        lead.GetProperty("id").GetString().ShouldBe(SeededOrg.Ada);
        lead.GetProperty("DoNotCall").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Refused_records_come_back_per_record()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        var results = await harness.Client.UpdateAsync(
        [
            new WritableSObject("Lead", SeededOrg.ConvertedLead) { ["DoNotCall"] = true },
            new WritableSObject("CampaignMember", SeededOrg.EdsgerInWinter) { ["Status"] = "No such status" },
            new WritableSObject("Lead", SeededOrg.UnknownLead) { ["DoNotCall"] = true },
            new WritableSObject("Lead", SeededOrg.Grace) { ["DoNotCall"] = true },
        ], Cancel);

        results.Select(r => r.Success).ShouldBe([false, false, false, true]);
        results[0].Errors.ShouldHaveSingleItem().StatusCode.ShouldBe("CANNOT_UPDATE_CONVERTED_LEAD");
        var status = results[1].Errors.ShouldHaveSingleItem();
        status.StatusCode.ShouldBe("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
        status.Fields.ShouldBe(["Status"]);
        results[2].Errors.ShouldHaveSingleItem().StatusCode.ShouldBe("INVALID_CROSS_REFERENCE_KEY");
    }

    [Fact]
    public async Task A_field_the_run_as_user_may_only_read_is_refused_per_record()
    {
        await using var harness = await SalesforceHarness.StartAsync(SeededOrg.RestrictedFields);

        var result = (await harness.Client.UpdateAsync([new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true }], Cancel)).ShouldHaveSingleItem();

        result.Success.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.StatusCode.ShouldBe("INVALID_FIELD_FOR_INSERT_UPDATE");
        error.Fields.ShouldBe(["DoNotCall"]);
    }

    [Fact]
    public async Task A_record_without_an_id_or_with_create_only_fields_is_refused_before_sending()
    {
        await using var harness = await SalesforceHarness.StartAsync();

        await Should.ThrowAsync<ArgumentException>(() => harness.Client.UpdateAsync([new WritableSObject("Lead") { ["DoNotCall"] = true }], Cancel));
        await Should.ThrowAsync<ArgumentException>(() => harness.Client.UpdateAsync(
            [new WritableSObject("CampaignMember", SeededOrg.AdaInWinter).SetOnCreate("CampaignId", SeededOrg.WinterRenewals)], Cancel));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => harness.Client.UpdateAsync(
            [.. Enumerable.Range(0, 201).Select(_ => new WritableSObject("Lead", SeededOrg.Ada) { ["DoNotCall"] = true })], Cancel));

        harness.Org.Requests.ShouldBeEmpty();
    }
}
