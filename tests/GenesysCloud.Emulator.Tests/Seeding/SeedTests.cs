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
            (SeedClients.NoResults, "CLIENT-CREDENTIALS", "active", 86399),
        ], ignoreOrder: true);
        seed.OAuthClients.ShouldAllBe(c => c.ClientSecret == SeedClients.SecretOf(c.ClientId));
        var local = seed.OAuthClients.Single(c => c.ClientId == SeedClients.Local).Permissions;
        local.Count.ShouldBe(14);
        local.ShouldContain("analytics:conversationDetail:view");
        local.ShouldContain("routing:wrapupCode:view");
        local.ShouldContain("outbound:wrapUpCodeMapping:view");
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.NoResults).Permissions
            .ShouldBe(local.Except(["analytics:conversationDetail:view", "routing:wrapupCode:view", "outbound:wrapUpCodeMapping:view"]), ignoreOrder: true);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.EditNoStart).Permissions
            .ShouldBe(local.Except(["outbound:campaign:start", "outbound:campaign:stop"]), ignoreOrder: true);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.ShortLived).Permissions.ShouldBe(local, ignoreOrder: true);
        seed.OAuthClients.Single(c => c.ClientId == SeedClients.ViewOnly).Permissions.ShouldBe(
            ["outbound:campaign:view", "outbound:contactList:view", "outbound:dncList:view", "outbound:contact:view",
             "analytics:conversationDetail:view", "routing:wrapupCode:view", "outbound:wrapUpCodeMapping:view"], ignoreOrder: true);
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
        seed.Campaigns.Single(c => c.Id == SeedIds.WinbackQ4).AdditionalProperties!["alwaysRunning"].GetBoolean()
            .ShouldBeTrue("Winback Q4 stays on over the shared list while it is empty");
        seed.WrapUpCodes.Select(c => (c.Id, c.Name)).ShouldBe(
        [
            (SeedIds.SaleWrapUp, "Sale"), (SeedIds.NotInterestedWrapUp, "Not interested"),
            (SeedIds.DoNotCallWrapUp, "Do not call"), (SeedIds.CallbackWrapUp, "Callback"),
        ]);
        seed.WrapUpCodeMapping.FlagsOf(SeedIds.DoNotCallWrapUp).ShouldContain("CONTACT_UNCALLABLE");
        seed.Agents.Count.ShouldBe(3);
        seed.Dialer.ConnectedWrapUps.Select(w => w.WrapUpCodeId).ShouldBe(seed.WrapUpCodes.Select(c => c.Id), ignoreOrder: true);
    }

    [Fact]
    public void The_default_settings_are_the_genesys_defaults()
    {
        var settings = EmulatorSeed.Default.Settings;

        settings.RateLimitPerMinute.ShouldBe(EmulatorSettings.DefaultRateLimitPerMinute);
        settings.RateLimitPerMinute.ShouldBe(300);
        settings.RateLimitWindow.ShouldBe("fixed");
        settings.MaxRequestBytes.ShouldBe(512_000);
        settings.RequestTooLargeCode.ShouldBe("request.entity.too.large");
        (settings.MaxContactsPerAdd, settings.MaxContactsPerBulkGet, settings.MaxContactsPerDelete).ShouldBe((1000, 50, 250));
        settings.CampaignStartStopEndpoints.ShouldBeTrue();
        settings.StoppingDelaySeconds.ShouldBe(EmulatorSettings.DefaultStoppingDelaySeconds);
        settings.StoppingDelaySeconds.ShouldBe(30, "§8.3: stopping lasts tens of seconds by default");
        settings.StartWhileStopping.ShouldBe("refuse");
        settings.CampaignCompletesWhenExhausted.ShouldBeTrue();
        settings.NewContactsWithDoNotQueue.ShouldBe("queued", "§8.2: the current wording (SDK 270, CLI 166, Terraform)");
        settings.ContactInUse.ShouldBe("campaignRunning");
        settings.DncSkipConversations.ShouldBeFalse();
        settings.CallRecordAgentResult.ShouldBe("name");
        settings.PageSizeOverMax.ShouldBe("cap", "§8.4: probably capped");
        settings.AcceptCredentialsInBody.ShouldBeFalse();
        settings.JsonTokenRequestStatus.ShouldBe(400);
        (settings.DncLimits.PerList, settings.DncLimits.PerOrganization, settings.DncLimits.CodeKind, settings.DncLimits.PerRequest)
            .ShouldBe((1_000_000, 10_000_000, "phoneNumbers", (int?)null));
        var analytics = settings.Analytics;
        (analytics.MaxPageSize, analytics.PageSizeOverMax, analytics.MaxResults, analytics.MaxIntervalDaysWithoutFilter, analytics.MaxIntervalDaysWithFilter)
            .ShouldBe((100, "reject", 100_000, 7, 31));
        AnalyticsSettings.DefaultPageSize.ShouldBe(25);
        (settings.ContactExport.ReadySeconds, settings.ContactExport.UriLifetimeSeconds, settings.ContactExport.DownloadRequiresBearer).ShouldBe((5, 3600, false));
    }

    [Fact]
    public void The_default_dialer_model_is_the_documented_one()
    {
        var dialer = EmulatorSeed.Default.Dialer;

        dialer.AttemptsPerMinute.ShouldBe(DialerSeed.DefaultAttemptsPerMinute);
        dialer.AttemptsPerMinute.ShouldBe(1);
        dialer.AfterCallWorkSeconds.ShouldBe(30);
        dialer.RandomSeed.ShouldBe(DialerSeed.DefaultRandomSeed);
        (dialer.Outcomes.NoAnswer, dialer.Outcomes.Busy, dialer.Outcomes.Machine, dialer.Outcomes.Fax, dialer.Outcomes.InvalidNumber, dialer.Outcomes.Connected)
            .ShouldBe((0.30, 0.10, 0.15, 0.03, 0.07, 0.35));
        (dialer.Retry.NoAnswer.RetryAfterMinutes, dialer.Retry.NoAnswer.MaxAttempts).ShouldBe((30, 3));
        (dialer.Retry.Busy.RetryAfterMinutes, dialer.Retry.Busy.MaxAttempts).ShouldBe((10, 3));
        (dialer.Retry.Machine.RetryAfterMinutes, dialer.Retry.Machine.MaxAttempts).ShouldBe((60, 2));
        dialer.Retry.Fax.MaxAttempts.ShouldBe(1);
        dialer.Retry.InvalidNumber.MaxAttempts.ShouldBe(1);
        dialer.OutcomesByNumber.ShouldBeEmpty();
    }

    [Fact]
    public void A_seed_json_without_a_dialer_section_gets_the_code_defaults()
    {
        var json = """{ "oauthClients": [], "contactLists": [], "campaigns": [] }""";

        var seed = EmulatorSeed.FromJson(json);

        seed.Dialer.AttemptsPerMinute.ShouldBe(DialerSeed.DefaultAttemptsPerMinute);
        seed.Dialer.Retry.NoAnswer.MaxAttempts.ShouldBe(3);
        seed.Settings.StoppingDelaySeconds.ShouldBe(EmulatorSettings.DefaultStoppingDelaySeconds);
    }

    [Theory]
    [InlineData("attemptsPerMinute", "\"attemptsPerMinute\": 0")]
    [InlineData("outcomesByNumber", "\"outcomesByNumber\": { \"+13175550100\": [\"ringing\"] }")]
    [InlineData("connectedWrapUps", "\"connectedWrapUps\": [ { \"wrapUpCodeId\": \"nope\", \"share\": 1 } ]")]
    public void An_invalid_dialer_section_is_refused(string what, string dialer)
    {
        var json = $$"""{ "oauthClients": [], "contactLists": [], "campaigns": [], "dialer": { {{dialer}} } }""";

        Should.Throw<InvalidDataException>(() => EmulatorSeed.FromJson(json)).Message.ShouldContain(what);
    }

    [Theory]
    [InlineData("newContactsWithDoNotQueue", "later")]
    [InlineData("contactInUse", "sometimes")]
    [InlineData("pageSizeOverMax", "shrink")]
    [InlineData("rateLimitWindow", "rolling")]
    public void A_setting_outside_its_values_is_refused(string setting, string value)
    {
        var json = $$"""{ "oauthClients": [], "contactLists": [], "campaigns": [], "settings": { "{{setting}}": "{{value}}" } }""";

        Should.Throw<InvalidDataException>(() => EmulatorSeed.FromJson(json)).Message.ShouldContain(setting);
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
