using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Campaigns;

/// <summary>PUT /api/v2/outbound/campaigns/{campaignId}: full replace with optimistic concurrency, reference §3.3 and §6.6.</summary>
public sealed class CampaignUpdateTests
{
    private const string SpringPath = $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}";

    [Fact]
    public async Task A_put_with_the_current_version_replaces_the_campaign_and_bumps_the_version()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["callerName"] = "Acme Spring Team";

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        var body = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("version").GetInt32().ShouldBe(2);
        body.GetProperty("callerName").GetString().ShouldBe("Acme Spring Team");
        body.GetProperty("dateModified").GetString().ShouldNotBeNullOrWhiteSpace();
        var reread = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        reread["version"]!.GetValue<int>().ShouldBe(2);
        reread["callerName"]!.GetValue<string>().ShouldBe("Acme Spring Team");
    }

    [Fact]
    public async Task Consecutive_puts_each_use_the_version_the_previous_one_returned()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        for (var expectedVersion = 2; expectedVersion <= 4; expectedVersion++)
        {
            var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
            campaign["callerName"] = $"Caller {expectedVersion}";
            using var response = await session.PutJsonAsync(SpringPath, token, campaign);
            (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(expectedVersion);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(99)]
    public async Task A_put_with_a_version_that_is_not_the_current_one_is_a_409_wrong_version(int staleVersion)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var original = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        var first = original.DeepClone().AsObject();
        first["callerName"] = "First writer";
        using (var firstResponse = await session.PutJsonAsync(SpringPath, token, first))
        {
            firstResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var second = original.DeepClone().AsObject();
        second["callerName"] = "Second writer";
        second["version"] = staleVersion;
        using var response = await session.PutJsonAsync(SpringPath, token, second);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.Conflict, "invalid.update.wrong.version");
        var stored = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        stored["callerName"]!.GetValue<string>().ShouldBe("First writer");
        stored["version"]!.GetValue<int>().ShouldBe(2);
    }

    [Theory]
    [InlineData("name", "name.cannot.be.blank")]
    [InlineData("callerName", "missing.caller.id.name")]
    [InlineData("callerAddress", "missing.caller.id.address")]
    [InlineData("phoneColumns", "invalid.campaign.phone.columns")]
    [InlineData("contactList", MissingRequiredFieldCode)]
    [InlineData("dialingMode", "invalid.value")]
    public async Task A_put_without_a_required_field_is_a_400_and_changes_nothing(string field, string code)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign.Remove(field).ShouldBeTrue();

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, code);
        (await session.GetCampaignAsync(SeedIds.SpringRenewals, token))["version"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task A_name_longer_than_64_characters_is_name_length_exceeded()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["name"] = new string('n', 65);

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "name.length.exceeded");
    }

    [Fact]
    public async Task A_put_to_an_unknown_campaign_is_a_404()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["id"] = SeedIds.UnknownGuid;

        using var response = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}", token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
    }

    [Fact]
    public async Task A_put_without_a_version_is_a_409_because_the_version_is_required_for_updates()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign.Remove("version").ShouldBeTrue();

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.Conflict, "invalid.update.wrong.version");
    }

    [Fact]
    public async Task A_put_without_a_campaign_status_is_a_400_because_it_is_required_for_updates()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign.Remove("campaignStatus").ShouldBeTrue();

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, MissingRequiredFieldCode);
    }

    [Fact]
    public async Task An_unknown_dialing_mode_is_invalid_value_listing_the_allowed_modes()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["dialingMode"] = "turbo";

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.value");
        var message = body.GetProperty("message").GetString().ShouldNotBeNull();
        message.ShouldStartWith("Value [turbo] is not valid for field type [dialingMode]. Allowable values are: ");
        foreach (var mode in new[] { "agentless", "preview", "power", "predictive", "progressive", "external" })
        {
            message.ShouldContain(mode);
        }
    }

    [Fact]
    public async Task Renaming_a_campaign_to_the_name_of_another_is_duplicate_name()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["name"] = "Winback Q4";

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "duplicate.name");
    }

    [Fact]
    public async Task A_caller_address_that_is_not_a_phone_number_is_invalid_ani_address()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign["callerAddress"] = "call-me-maybe";

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.ani.address");
        body.GetProperty("message").GetString().ShouldBe("The caller id number is invalid.");
    }

    [Theory]
    [InlineData("priority", 0, "invalid.priority")]
    [InlineData("priority", 6, "invalid.priority")]
    [InlineData("previewTimeOutSeconds", 1201, "invalid.campaign.preview.timeout.seconds")]
    [InlineData("previewTimeOutSeconds", -1, "invalid.campaign.preview.timeout.seconds")]
    public async Task A_value_outside_its_documented_range_is_a_400_with_the_field_code(string field, int value, string code)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign[field] = value;

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, code);
    }

    [Theory]
    [InlineData("priority", 1)]
    [InlineData("priority", 5)]
    [InlineData("previewTimeOutSeconds", 0)]
    [InlineData("previewTimeOutSeconds", 1200)]
    public async Task The_range_bounds_themselves_are_accepted(string field, int value)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.SpringRenewals, token);
        campaign[field] = value;

        using var response = await session.PutJsonAsync(SpringPath, token, campaign);

        (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty(field).GetInt32().ShouldBe(value);
    }

    [Fact]
    public async Task An_agentless_campaign_without_an_outbound_line_count_is_refused()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var campaign = await session.GetCampaignAsync(SeedIds.CustomerSurvey, token);
        campaign.Remove("outboundLineCount").ShouldBeTrue();

        using var response = await session.PutJsonAsync($"/api/v2/outbound/campaigns/{SeedIds.CustomerSurvey}", token, campaign);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "invalid.campaign.outbound.line.count");
    }

    /// <summary>§3.3 names no code for a missing contactList or campaignStatus; pinned to the emulator's choice.</summary>
    private const string MissingRequiredFieldCode = "invalid.update";
}
