using System.Net;
using System.Text.Json;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.OAuth;

/// <summary>Per-client permissions from roles, reference §3.1 (permission column), §4.2 (403) and §6.5.</summary>
public sealed class PermissionTests
{
    [Fact]
    public async Task A_view_only_client_can_read_campaigns_contact_lists_and_dnc_lists()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        foreach (var path in new[]
        {
            "/api/v2/outbound/campaigns",
            $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}",
            $"/api/v2/outbound/contactlists/{SeedIds.ContactList}",
            $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}",
        })
        {
            using var response = await session.GetAsync(path, token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task A_view_only_client_cannot_put_a_campaign_and_is_told_it_is_missing_campaign_edit()
    {
        // §8.4: PUT campaign "Requires ALL permissions", so its 403 is missing.permissions, not missing.any.permissions.
        await using var session = await EmulatorSession.StartAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, await session.GetTokenAsync());
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);
        campaign["campaignStatus"] = "on";

        using var response = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token, campaign);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.permissions");
        body.GetProperty("message").GetString()
            .ShouldBe("Unable to perform the requested action. You are missing the following permission(s): [outbound:campaign:edit]");
        (await session.GetCampaignAsync(SeedIds.SpringRenewals, token))["campaignStatus"]!.GetValue<string>().ShouldBe("off");
    }

    [Theory]
    [InlineData(SeedClients.ViewOnly, "start", "outbound:campaign:start")]
    [InlineData(SeedClients.ViewOnly, "stop", "outbound:campaign:stop")]
    [InlineData(SeedClients.EditNoStart, "start", "outbound:campaign:start")]
    [InlineData(SeedClients.EditNoStart, "stop", "outbound:campaign:stop")]
    public async Task Start_and_stop_need_their_own_permissions(string clientId, string action, string permission)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(clientId);
        var campaignId = action == "start" ? SeedIds.SpringRenewals : SeedIds.WinbackQ4;

        using var response = await session.PostJsonAsync($"/api/v2/outbound/campaigns/{campaignId}/{action}", token, body: null);

        await ShouldBeMissingPermissionAsync(response, permission);
    }

    [Fact]
    public async Task A_client_with_edit_but_without_start_can_still_start_with_get_and_put()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.EditNoStart);
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["campaignStatus"] = "on";

        using var response = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token, campaign);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("campaignStatus").GetString().ShouldBe("on");
    }

    [Fact]
    public async Task A_view_only_client_cannot_add_remove_or_do_not_call_contacts()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        using (var add = await session.PostJsonAsync(
            $"/api/v2/outbound/contactlists/{SeedIds.ContactList}/contacts",
            token,
            new[] { new { id = "c1", contactListId = SeedIds.ContactList, data = new Dictionary<string, string> { ["FirstName"] = "Ada" } } }))
        {
            await ShouldBeMissingPermissionAsync(add, "outbound:contact:add");
        }

        using (var remove = await session.DeleteAsync($"/api/v2/outbound/contactlists/{SeedIds.ContactList}/contacts?contactIds=c1", token))
        {
            await ShouldBeMissingPermissionAsync(remove, "outbound:contact:delete");
        }

        using (var dnc = await session.PostJsonAsync($"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers", token, new[] { "+13175550100" }))
        {
            await ShouldBeMissingPermissionAsync(dnc, "outbound:dnc:add");
        }

        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    private static async Task ShouldBeMissingPermissionAsync(HttpResponseMessage response, string permission)
    {
        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.any.permissions");
        var message = body.GetProperty("message").GetString().ShouldNotBeNull();
        message.ShouldStartWith("Unable to perform the requested action. You must have at least one of the following permissions assigned: ");
        message.ShouldContain(permission);
        body.GetProperty("messageParams").EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString())
            .ShouldContain(value => value!.Contains(permission), $"messageParams: {body.GetProperty("messageParams")}");
    }
}
