using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Genesys;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Contacts;

/// <summary>
/// Reference §8.2: a write with doNotQueue=false re-queues every existing contact it names. UpsertContacts therefore keeps
/// queue positions unless the caller asks for a redial, and reports how much of a chunked write Genesys took.
/// </summary>
public sealed class ContactQueueingTests : IAsyncLifetime
{
    private const string Path = "/api/contactlists/" + Seed.SalesforceLeads + "/contacts";
    private const string WritePath = "/api/v2/outbound/contactlists/" + Seed.SalesforceLeads + "/contacts";
    private CampaignBridgeApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Without_options_existing_contacts_keep_their_place_in_the_queue()
    {
        (await UpsertAsync(Body(options: null))).ShouldBeOk();

        WriteQueries().ShouldHaveSingleItem().ShouldContain("doNotQueue=true");
    }

    [Theory]
    [InlineData("redial", true)]
    [InlineData("doNotQueue", false)]
    public async Task A_caller_who_asks_for_a_redial_gets_the_contacts_requeued(string option, bool value)
    {
        (await UpsertAsync(Body(new Dictionary<string, bool> { [option] = value }))).ShouldBeOk();

        WriteQueries().ShouldHaveSingleItem().ShouldContain("doNotQueue=false");
    }

    [Fact]
    public async Task Redial_together_with_doNotQueue_true_is_refused_before_anything_reaches_genesys()
    {
        var response = await UpsertAsync(Body(new Dictionary<string, bool> { ["redial"] = true, ["doNotQueue"] = true }));

        response.ShouldBeProblem(400, ApiErrorCodes.InvalidValue).GetProperty("field").GetString().ShouldBe("$.options.redial");
        _app.Emulator.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_write_that_fails_after_its_first_chunk_says_how_many_contacts_genesys_accepted()
    {
        // One contact-list read and one 1000-contact write fit the rate limit; the second write is refused (429 with a
        // Retry-After beyond what the client waits), so 1000 of the 1500 records are in Genesys and the answer says so.
        var seed = EmulatorSeed.Default;
        seed.Settings.RateLimitPerMinute = 2;
        await using var app = await CampaignBridgeApp.StartAsync(o => o.Seed = seed);
        var records = Enumerable.Range(0, 1500).Select(i => new { id = OutboundMessagesIds.Contact(i), data = new Dictionary<string, string> { ["LastName"] = $"Lead {i}" } });

        var response = await UpsertAsync(new { contacts = records }, "?mode=sync", app);

        var problem = response.ShouldBeProblem(503, GenesysErrorCodes.RateLimited);
        problem.GetProperty("accepted").GetInt32().ShouldBe(1000);
        app.Emulator.ContactsIn(Seed.SalesforceLeads).Count.ShouldBe(1000);
    }

    private Task<TestResponse> UpsertAsync(object body, string query = "", CampaignBridgeApp? app = null)
    {
        app ??= _app;
        return CampaignBridgeApp.SendAsync(TestRequest.Post(app.Services, Path + query).WithJson(body), r => app.Function<UpsertContacts>().Run(r, Seed.SalesforceLeads));
    }

    private static object Body(Dictionary<string, bool>? options)
        => options is null
            ? new { contacts = new[] { new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Lovelace" } } } }
            : new { contacts = new[] { new { id = "00Q5g00000AbCdEEAV", data = new Dictionary<string, string> { ["LastName"] = "Lovelace" } } }, options };

    private List<string> WriteQueries()
        => [.. _app.Emulator.Requests.Where(r => r.Method == "POST" && r.Path == WritePath).Select(r => r.Query)];
}
