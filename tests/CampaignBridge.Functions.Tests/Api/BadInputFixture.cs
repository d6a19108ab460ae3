using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Tests.Infrastructure;

namespace CampaignBridge.Functions.Tests.Api;

/// <summary>
/// One app for the whole bad-input suite, warmed up with one valid upsert so the token and the contact list's metadata
/// are cached: from then on, a refused request must not cause a single request to the emulator.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    public CampaignBridgeApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await CampaignBridgeApp.StartAsync();
        var warmUp = await CampaignBridgeApp.SendAsync(
            TestRequest.Post(App.Services, $"/api/contactlists/{Seed.SalesforceLeads}/contacts")
                .WithJson(new { contacts = new[] { new { id = "00Q5g00000AbCdE", data = new Dictionary<string, string> { ["LastName"] = "Warm" } } } }),
            r => App.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads));
        warmUp.ShouldBeOk();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
