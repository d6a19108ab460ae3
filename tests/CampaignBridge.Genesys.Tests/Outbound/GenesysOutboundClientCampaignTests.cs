using System.Text.Json;
using CampaignBridge.Genesys.Tests.Support;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Genesys.Tests.Outbound;

/// <summary>Campaign reads and idempotent start/stop (action endpoints, GET + PUT fallback, 409 re-reads) against the emulator.</summary>
public sealed class GenesysOutboundClientCampaignTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_of_campaigns_is_listed_with_the_paging_envelope()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var page = await harness.Client.ListCampaignsAsync(new CampaignQuery(PageSize: 2), Cancel);

        page.Entities.Count.ShouldBe(2);
        page.PageSize.ShouldBe(2);
        page.PageNumber.ShouldBe(1);
        page.Total.ShouldBe(3);
        page.PageCount.ShouldBe(2);
        harness.ApiRequests.ShouldHaveSingleItem().Query.ShouldBe("pageSize=2&pageNumber=1");
    }

    [Fact]
    public async Task Campaigns_are_filtered_by_name_prefix()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var page = await harness.Client.ListCampaignsAsync(new CampaignQuery("Spring Ren"), Cancel);

        page.Entities.ShouldHaveSingleItem().Id.ShouldBe(Seeded.SpringRenewals);
        harness.ApiRequests.ShouldHaveSingleItem().Query.ShouldBe("pageSize=25&pageNumber=1&name=Spring%20Ren");
    }

    [Fact]
    public async Task All_campaigns_are_read_page_by_page_with_the_largest_page_size()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var all = new List<Campaign>();
        await foreach (var campaign in harness.Client.ListAllCampaignsAsync(null, Cancel))
        {
            all.Add(campaign);
        }

        all.Select(c => c.Id).ShouldBe([Seeded.SpringRenewals, Seeded.WinbackQ4, Seeded.CustomerSurvey], ignoreOrder: true);
        harness.ApiRequests.ShouldHaveSingleItem().Query.ShouldBe("pageSize=100&pageNumber=1");
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(101, 1)]
    [InlineData(25, 0)]
    public async Task An_out_of_range_page_is_refused_before_any_request(int pageSize, int pageNumber)
    {
        await using var harness = await GenesysHarness.StartAsync();

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => harness.Client.ListCampaignsAsync(new CampaignQuery(null, pageSize, pageNumber), Cancel));

        harness.Emulator.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_campaign_is_read_with_its_fields_and_the_ones_this_library_does_not_model()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var campaign = await harness.Client.GetCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.Name.ShouldBe("Spring Renewals");
        campaign.CampaignStatus.ShouldBe(CampaignStatuses.Off);
        campaign.DialingMode.ShouldBe("preview");
        campaign.Version.ShouldBe(1);
        campaign.ContactList!.Id.ShouldBe(Seeded.ContactListId);
        campaign.PhoneColumns!.Select(p => p.ColumnName).ShouldBe(["Phone", "MobilePhone"]);
        campaign.AdditionalFields!["previewTimeOutSeconds"].GetInt32().ShouldBe(300);
    }

    [Fact]
    public async Task An_unknown_campaign_is_not_found_with_the_upstream_correlation()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignAsync(Seeded.UnknownId, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.StatusCode.ShouldBe(404);
        error.GenesysCode.ShouldNotBeNullOrEmpty();
        error.ContextId.ShouldNotBeNullOrEmpty();
        error.CorrelationId.ShouldBe(error.ContextId);
        error.Hint.ShouldContain("Check the id");
    }

    [Fact]
    public async Task Starting_an_off_campaign_takes_the_start_action_and_one_read_two_round_trips()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var campaign = await harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.CampaignStatus.ShouldBe(CampaignStatuses.On);
        Describe(harness.ApiRequests).ShouldBe([
            $"POST /api/v2/outbound/campaigns/{Seeded.SpringRenewals}/start 200",
            $"GET /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
        ]);
    }

    [Fact]
    public async Task Starting_a_campaign_that_is_on_returns_it_in_two_round_trips()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var campaign = await harness.Client.StartCampaignAsync(Seeded.WinbackQ4, Cancel);

        campaign.CampaignStatus.ShouldBe(CampaignStatuses.On);
        harness.ApiRequests.Count.ShouldBe(2);
        harness.ApiRequests.ShouldNotContain(r => r.Method == "PUT");
    }

    [Fact]
    public async Task Stopping_an_on_campaign_uses_the_stop_action()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var campaign = await harness.Client.StopCampaignAsync(Seeded.WinbackQ4, Cancel);

        // A running campaign is stopping until its calls end (§8: 30 s in the emulator's default), then off.
        campaign.CampaignStatus.ShouldBe(CampaignStatuses.Stopping);
        harness.ApiRequests.Count(r => r.Method == "POST" && r.Path.EndsWith("/stop", StringComparison.Ordinal)).ShouldBe(1);
        harness.Time.Advance(TimeSpan.FromSeconds(30));
        (await harness.Client.GetCampaignAsync(Seeded.WinbackQ4, Cancel)).CampaignStatus.ShouldBe(CampaignStatuses.Off);
    }

    [Fact]
    public async Task Stopping_a_campaign_that_is_off_or_stopping_returns_it_as_it_is_in_two_round_trips_each()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s => s.Settings.StoppingDelaySeconds = 30);

        (await harness.Client.StopCampaignAsync(Seeded.SpringRenewals, Cancel)).CampaignStatus.ShouldBe(CampaignStatuses.Off);
        (await harness.Client.StopCampaignAsync(Seeded.WinbackQ4, Cancel)).CampaignStatus.ShouldBe(CampaignStatuses.Stopping);
        (await harness.Client.StopCampaignAsync(Seeded.WinbackQ4, Cancel)).CampaignStatus.ShouldBe(CampaignStatuses.Stopping);

        harness.ApiRequests.Count.ShouldBe(6);
        harness.ApiRequests.ShouldNotContain(r => r.Method == "PUT");
    }

    [Fact]
    public async Task Stopping_a_complete_campaign_is_an_invalid_transition()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.StopCampaignAsync(Seeded.CustomerSurvey, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.InvalidCampaignTransition);
        error.StatusCode.ShouldBe(400);
        error.Message.ShouldContain("Invalid transition from <COMPLETE> to <OFF>");
        error.Hint.ShouldContain("complete campaign cannot be turned off");
    }

    [Fact]
    public async Task Without_the_action_endpoints_the_status_is_changed_by_get_and_put_of_the_full_campaign()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s => s.Settings.CampaignStartStopEndpoints = false);

        var campaign = await harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.CampaignStatus.ShouldBe(CampaignStatuses.On);
        campaign.Version.ShouldBe(2);
        Describe(harness.ApiRequests).ShouldBe([
            $"POST /api/v2/outbound/campaigns/{Seeded.SpringRenewals}/start 404",
            $"GET /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
            $"PUT /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
            $"GET /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
        ]);

        using var put = JsonDocument.Parse(harness.ApiRequests[2].Body!);
        var body = put.RootElement;
        body.GetProperty("campaignStatus").GetString().ShouldBe("on");
        body.GetProperty("version").GetInt32().ShouldBe(1);
        body.GetProperty("callerName").GetString().ShouldBe("Acme Renewals");
        body.GetProperty("queue").GetProperty("id").GetString().ShouldBe("9a0b1c2d-0000-4000-8000-000000000001");
        body.GetProperty("script").GetProperty("name").GetString().ShouldBe("Default Outbound Script");
        body.GetProperty("dncLists")[0].GetProperty("id").GetString().ShouldBe(Seeded.InternalDncList);
        body.GetProperty("phoneColumns")[1].GetProperty("type").GetString().ShouldBe("cell"); // unmodelled field of a modelled object
        body.GetProperty("previewTimeOutSeconds").GetInt32().ShouldBe(300);                   // unmodelled fields survive the PUT
        body.GetProperty("noAnswerTimeout").GetInt32().ShouldBe(30);
        body.GetProperty("skipPreviewDisabled").GetBoolean().ShouldBeFalse();
        campaign.AdditionalFields!["previewTimeOutSeconds"].GetInt32().ShouldBe(300);
    }

    [Fact]
    public async Task A_client_without_the_start_permission_falls_back_to_put_with_edit()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.EditNoStart);

        var campaign = await harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel);

        campaign.CampaignStatus.ShouldBe(CampaignStatuses.On);
        Describe(harness.ApiRequests).ShouldBe([
            $"POST /api/v2/outbound/campaigns/{Seeded.SpringRenewals}/start 403",
            $"GET /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
            $"PUT /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
            $"GET /api/v2/outbound/campaigns/{Seeded.SpringRenewals} 200",
        ]);
    }

    [Fact]
    public async Task A_stale_version_is_reread_and_the_put_retried()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s => s.Settings.CampaignStartStopEndpoints = false);
        harness.Emulator.Faults.Add(new FaultRule
        {
            PathPrefix = $"/api/v2/outbound/campaigns/{Seeded.WinbackQ4}", Method = "PUT", Status = 409, Code = "invalid.update.wrong.version", Count = 1,
        });

        var campaign = await harness.Client.StopCampaignAsync(Seeded.WinbackQ4, Cancel);

        campaign.CampaignStatus.ShouldBe(CampaignStatuses.Stopping);
        Describe(harness.ApiRequests).ShouldBe([
            $"POST /api/v2/outbound/campaigns/{Seeded.WinbackQ4}/stop 404",
            $"GET /api/v2/outbound/campaigns/{Seeded.WinbackQ4} 200",
            $"PUT /api/v2/outbound/campaigns/{Seeded.WinbackQ4} 409",
            $"GET /api/v2/outbound/campaigns/{Seeded.WinbackQ4} 200",
            $"PUT /api/v2/outbound/campaigns/{Seeded.WinbackQ4} 200",
            $"GET /api/v2/outbound/campaigns/{Seeded.WinbackQ4} 200",
        ]);
    }

    [Fact]
    public async Task A_version_that_keeps_changing_fails_after_three_attempts()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s => s.Settings.CampaignStartStopEndpoints = false);
        harness.Emulator.Faults.Add(new FaultRule
        {
            PathPrefix = $"/api/v2/outbound/campaigns/{Seeded.SpringRenewals}", Method = "PUT", Status = 409, Code = "invalid.update.wrong.version",
        });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.VersionConflict);
        error.GenesysCode.ShouldBe("invalid.update.wrong.version");
        error.StatusCode.ShouldBe(409);
        harness.ApiRequests.Count(r => r.Method == "PUT").ShouldBe(GenesysOutboundLimits.MaxVersionConflictAttempts);
        GenesysOutboundLimits.MaxVersionConflictAttempts.ShouldBe(3);
    }

    [Fact]
    public async Task A_client_without_edit_or_start_permission_is_told_which_permission_and_role()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.ViewOnly);

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.StartCampaignAsync(Seeded.SpringRenewals, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.PermissionMissing);
        error.StatusCode.ShouldBe(403);
        // The start action refuses first, then the PUT fallback, which requires ALL its permissions (§8: missing.permissions).
        error.GenesysCode.ShouldBe("missing.permissions");
        error.MessageParams.Values.ShouldContain("outbound:campaign:edit");
        error.Hint.ShouldContain("outbound:campaign:edit");
        error.Hint.ShouldContain("role");
        error.Hint.ShouldContain("Admin > Integrations > OAuth");
    }

    [Fact]
    public async Task Progress_and_stats_are_read()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var contacts = Enumerable.Range(0, 3)
            .Select(i => new WritableDialerContact { Id = $"P{i}", Data = new Dictionary<string, string> { ["Phone"] = $"+1317555010{i}" } })
            .ToList();
        await harness.Client.AddContactsAsync(Seeded.ContactListId, contacts, ContactWriteOptions.Default, Cancel);

        var progress = await harness.Client.GetCampaignProgressAsync(Seeded.WinbackQ4, Cancel);
        var stats = await harness.Client.GetCampaignStatsAsync(Seeded.WinbackQ4, Cancel);

        progress.Campaign!.Id.ShouldBe(Seeded.WinbackQ4);
        progress.ContactList!.Id.ShouldBe(Seeded.ContactListId);
        progress.TotalNumberOfContacts.ShouldBe(3);
        progress.NumberOfContactsCalled.ShouldBe(0);
        stats.ContactRate!.Attempts.ShouldBe(0);
        stats.LinesUtilization!.TotalAvailableOutboundLines.ShouldBe(10); // Winback Q4 is on with 10 lines
        stats.BusinessCategoryMetrics!.SuccessCount.ShouldBe(0);
        Describe(harness.ApiRequests.Where(r => r.Method == "GET")).ShouldBe([
            $"GET /api/v2/outbound/campaigns/{Seeded.WinbackQ4}/progress 200",
            $"GET /api/v2/outbound/campaigns/{Seeded.WinbackQ4}/stats 200",
        ]);
    }

    [Fact]
    public async Task Progress_of_an_unknown_campaign_is_not_found()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Client.GetCampaignProgressAsync(Seeded.UnknownId, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.GenesysCode.ShouldBe("campaign.not.found");
    }

    private static string[] Describe(IEnumerable<RecordedRequest> requests)
        => requests.Select(r => $"{r.Method} {r.Path} {r.StatusCode}").ToArray();
}
