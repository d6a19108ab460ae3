using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Seeding;

/// <summary>The seed model: fixed default ids (common.md), validation (token lifetime 300..172800, reference §1.3) and reset.</summary>
public sealed class SeedTests
{
    [Fact]
    public void The_default_seed_holds_the_fixed_clients_lists_and_campaigns()
    {
        var seed = EmulatorSeed.Default;

        seed.OAuthClients.Select(c => (c.ClientId, c.AuthorizedGrantType, c.State, c.AccessTokenValiditySeconds)).ShouldBe(
        [
            (SeedClients.Local, "CLIENT-CREDENTIALS", "active", 86399),
            (SeedClients.CodeGrant, "CODE", "active", 86399),
            (SeedClients.Disabled, "CLIENT-CREDENTIALS", "disabled", 86399),
            (SeedClients.ViewOnly, "CLIENT-CREDENTIALS", "active", 86399),
            (SeedClients.EditNoStart, "CLIENT-CREDENTIALS", "active", 86399),
            (SeedClients.ShortLived, "CLIENT-CREDENTIALS", "active", 300),
        ], ignoreOrder: true);
        seed.OAuthClients.ShouldAllBe(c => c.ClientSecret == SeedClients.SecretOf(c.ClientId));
        var local = seed.OAuthClients.Single(c => c.ClientId == SeedClients.Local).Permissions;
        local.Count.ShouldBe(11);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.EditNoStart).Permissions
            .ShouldBe(local.Except(["outbound:campaign:start", "outbound:campaign:stop"]), ignoreOrder: true);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.ShortLived).Permissions.ShouldBe(local, ignoreOrder: true);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.ViewOnly).Permissions.ShouldBe(
            ["outbound:campaign:view", "outbound:contactList:view", "outbound:dncList:view", "outbound:contact:view"], ignoreOrder: true);
        seed.Campaigns.Select(c => (c.Id, c.Name, c.DialingMode, c.CampaignStatus, c.Version, c.ContactList.Id)).ShouldBe(
        [
            (SeedIds.SpringRenewals, "Spring Renewals", "preview", "off", 1, SeedIds.ContactList),
            (SeedIds.WinbackQ4, "Winback Q4", "progressive", "on", 1, SeedIds.ContactList),
            (SeedIds.CustomerSurvey, "Customer Survey", "agentless", "complete", 1, SeedIds.ContactList),
        ], ignoreOrder: true);
        seed.DncLists.Select(l => (l.Id, l.Name, l.DncSourceType)).ShouldBe(
        [
            (SeedIds.InternalDnc, "Internal DNC", "rds"),
            (SeedIds.DncComRegistry, "DNC.com Registry", "dnc.com"),
        ], ignoreOrder: true);
        seed.ContactLists.Single().Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void The_default_settings_are_the_genesys_defaults()
    {
        var settings = EmulatorSeed.Default.Settings;

        settings.RateLimitPerMinute.ShouldBe(300);
        settings.MaxRequestBytes.ShouldBe(512_000);
        settings.CampaignStartStopEndpoints.ShouldBeTrue();
        settings.StoppingDelaySeconds.ShouldBe(0);
        settings.UnknownClientStatus.ShouldBe(401);
        settings.AcceptCredentialsInBody.ShouldBeFalse();
    }

    [Fact]
    public void Each_read_of_the_default_seed_is_a_fresh_copy()
    {
        var changed = EmulatorSeed.Default;
        changed.Campaigns.Clear();
        changed.Settings.RateLimitPerMinute = 1;

        var fresh = EmulatorSeed.Default;

        fresh.Campaigns.Count.ShouldBe(3);
        fresh.Settings.RateLimitPerMinute.ShouldBe(300);
    }

    [Fact]
    public void The_seed_file_next_to_the_tests_loads_to_the_same_seed_as_the_default()
    {
        var loaded = EmulatorSeed.Load(Path.Combine(AppContext.BaseDirectory, "seed.default.json"));

        loaded.ToJson().ShouldBe(EmulatorSeed.Default.ToJson());
    }

    [Theory]
    [InlineData(299)]
    [InlineData(172_801)]
    [InlineData(0)]
    public void A_token_lifetime_outside_five_minutes_to_48_hours_is_rejected(int lifetime)
    {
        var json = EmulatorSeed.Default.ToJson().Replace("\"accessTokenValiditySeconds\": 300", $"\"accessTokenValiditySeconds\": {lifetime}", StringComparison.Ordinal);
        json.ShouldContain($"\"accessTokenValiditySeconds\": {lifetime}");

        var error = Should.Throw<InvalidDataException>(() => EmulatorSeed.FromJson(json));

        error.Message.ShouldContain("accessTokenValiditySeconds");
    }

    [Theory]
    [InlineData(300)]
    [InlineData(172_800)]
    public async Task The_lifetime_bounds_themselves_are_accepted_and_returned_as_expires_in(int lifetime)
    {
        await using var session = await EmulatorSession.StartAsync(
            Seeds.With(s => s.OAuthClients.Single(c => c.ClientId == SeedClients.Local).AccessTokenValiditySeconds = lifetime));

        using var response = await session.RequestTokenAsync(SeedClients.Local);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("expires_in").GetInt32().ShouldBe(lifetime);
    }

    [Fact]
    public async Task A_seed_changed_in_code_to_an_invalid_lifetime_is_refused_at_start()
    {
        var seed = Seeds.With(s => s.OAuthClients[0].AccessTokenValiditySeconds = 299);

        await Should.ThrowAsync<InvalidDataException>(async () =>
        {
            await using var emulator = await GenesysCloudEmulator.StartAsync(seed, timeProvider: null, TestContext.Current.CancellationToken);
        });
    }

    [Fact]
    public void Seed_json_that_is_not_json_is_refused_with_invalid_data()
        => Should.Throw<InvalidDataException>(() => EmulatorSeed.FromJson("{ \"oauthClients\": [ "));

    [Fact]
    public void A_campaign_on_a_contact_list_the_seed_does_not_have_is_refused()
    {
        var seed = EmulatorSeed.Default;
        seed.Campaigns[0].ContactList.Id = SeedIds.UnknownGuid;

        Should.Throw<InvalidDataException>(seed.Validate).Message.ShouldContain(SeedIds.UnknownGuid);
    }

    [Fact]
    public async Task Seeded_contacts_and_dnc_numbers_are_there_at_start_and_again_after_reset()
    {
        var seed = Seeds.With(s =>
        {
            s.ContactLists[0].Contacts.Add(new ContactSeed { Id = "seeded-1", Data = new() { ["FirstName"] = "Ada", ["Phone"] = "+13175550111" } });
            s.DncLists.Single(l => l.Id == SeedIds.InternalDnc).PhoneNumbers.Add("+13175550999");
        });
        await using var session = await EmulatorSession.StartAsync(seed);
        var token = await session.GetTokenAsync();
        await ContactBodies.AddAsync(session, token, ContactBodies.Contacts(2));

        session.Emulator.ContactsIn(SeedIds.ContactList).Count.ShouldBe(3);
        session.Emulator.Reset();

        var contacts = session.Emulator.ContactsIn(SeedIds.ContactList);
        contacts.Keys.ShouldBe(["seeded-1"]);
        contacts["seeded-1"].Data["FirstName"].ShouldBe("Ada");
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).Keys.ShouldBe(["+13175550999"]);
    }

    [Fact]
    public async Task Reset_returns_campaigns_to_their_seeded_version_and_status()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["campaignStatus"] = "on";
        using (var put = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token, campaign))
        {
            put.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        session.Emulator.Reset();

        var reread = await session.GetCampaignAsync(SeedIds.SpringRenewals, await session.GetTokenAsync());
        reread["version"]!.GetValue<int>().ShouldBe(1);
        reread["campaignStatus"]!.GetValue<string>().ShouldBe("off");
    }
}
