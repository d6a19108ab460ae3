using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using Emulators.Hosting;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Dialing;

/// <summary>
/// Issue 11 / reference §8.4: refusals the audit found Genesys really gives each reach the caller with their own code and a
/// hint that says what to fix (a full DNC list is not a bad request; a 409 outside a campaign update is not a version conflict).
/// </summary>
public sealed class GenesysRefusalTests
{
    [Fact]
    public async Task A_full_dnc_list_is_a_502_saying_the_list_is_full()
    {
        var seed = EmulatorSeed.Default;
        seed.Settings.DncLimits.PerList = 2;
        await using var app = await CampaignBridgeApp.StartAsync(o => o.Seed = seed);

        var response = await AddDncAsync(app, "+13175550101", "+13175550102", "+13175550103");

        var problem = response.ShouldBeProblem(502, GenesysErrorCodes.DncListFull);
        problem.GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("DNC list");
        problem.GetProperty("genesysCode").GetString().ShouldBe("dnc.phone.numbers.per.list.limit.exceeded");
        app.Emulator.DncNumbersIn(Seed.InternalDnc).ShouldBeEmpty("Genesys refused the whole append");
    }

    [Fact]
    public async Task A_full_organization_is_a_502_with_its_own_code()
    {
        var seed = EmulatorSeed.Default;
        seed.Settings.DncLimits.PerOrganization = 1;
        await using var app = await CampaignBridgeApp.StartAsync(o => o.Seed = seed);

        var response = await AddDncAsync(app, "+13175550101", "+13175550102");

        response.ShouldBeProblem(502, GenesysErrorCodes.DncOrganizationFull).GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("organization");
    }

    [Fact]
    public async Task A_conflict_outside_a_campaign_update_is_a_409_that_does_not_talk_about_versions()
    {
        await using var app = await CampaignBridgeApp.StartAsync();
        app.Emulator.Faults.Add(new FaultRule { PathPrefix = $"/api/v2/outbound/dnclists/{Seed.InternalDnc}/phonenumbers", Method = "POST", Status = 409, Code = "conflict" });

        var response = await AddDncAsync(app, "+13175550101");

        var hint = response.ShouldBeProblem(409, GenesysErrorCodes.Conflict).GetProperty("hint").GetString().ShouldNotBeNull();
        hint.ShouldNotContain("version");
        hint.ShouldContain("Retry");
    }

    private static Task<TestResponse> AddDncAsync(CampaignBridgeApp app, params string[] numbers)
        => CampaignBridgeApp.SendAsync(
            TestRequest.Post(app.Services, $"/api/dnclists/{Seed.InternalDnc}/phonenumbers").WithJson(new { phoneNumbers = numbers }),
            r => app.Function<AddDncNumbers>().Run(r, Seed.InternalDnc));
}
