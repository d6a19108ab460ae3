using System.Net;
using System.Text;
using System.Text.Json;
using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Outbound;

/// <summary>
/// The queue rules of contact writes and removals (reference §8.2): what is sent by default, what a redial sends, how the
/// older doNotQueue wording is handled, how much a partly failed write reports, and how kept contacts are stopped.
/// </summary>
public sealed class ContactWriterTests
{
    private const string ListId = "l-1";
    private const string ContactsUrl = "https://api.mypurecloud.com/api/v2/outbound/contactlists/l-1/contacts";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_write_keeps_queue_positions_and_a_redial_does_not()
    {
        ContactWriteOptions.Default.DoNotQueue.ShouldBeTrue();
        new ContactWriteOptions().DoNotQueue.ShouldBeTrue();
        ContactWriteOptions.Redial.DoNotQueue.ShouldBeFalse();
        new GenesysClientOptions().NewContactsWithDoNotQueue.ShouldBe(NewContactQueueing.Queued);
    }

    [Fact]
    public async Task A_default_write_tells_genesys_not_to_requeue_existing_contacts()
    {
        await using var harness = await GenesysHarness.StartAsync();

        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1")], ContactWriteOptions.Default, Cancel);
        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1")], ContactWriteOptions.Redial, Cancel);

        harness.ApiRequests.Select(r => r.Query).ShouldBe([
            "priority=false&clearSystemData=false&doNotQueue=true",
            "priority=false&clearSystemData=false&doNotQueue=false",
        ]);
    }

    [Fact]
    public async Task Under_the_older_wording_new_ids_are_written_without_doNotQueue_in_their_own_request()
    {
        await using var harness = await GenesysHarness.StartAsync(options: o => o.NewContactsWithDoNotQueue = NewContactQueueing.HeldUntilRecycle);
        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1"), Contact("SF2")], ContactWriteOptions.Redial, Cancel);
        var before = harness.ApiRequests.Count;

        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1"), Contact("SF3"), Contact("SF2")], ContactWriteOptions.Default, Cancel);

        var requests = harness.ApiRequests.Skip(before).ToList();
        requests.Select(r => r.Path.EndsWith("/bulk", StringComparison.Ordinal) ? "read" : r.Query).ShouldBe([
            "read",
            "priority=false&clearSystemData=false&doNotQueue=true",
            "priority=false&clearSystemData=false&doNotQueue=false",
        ]);
        Ids(requests[1].Body).ShouldBe(["SF1", "SF2"]);
        Ids(requests[2].Body).ShouldBe(["SF3"]);
    }

    [Fact]
    public async Task Under_the_older_wording_a_redial_needs_no_lookup()
    {
        await using var harness = await GenesysHarness.StartAsync(options: o => o.NewContactsWithDoNotQueue = NewContactQueueing.HeldUntilRecycle);

        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1")], ContactWriteOptions.Redial, Cancel);

        harness.ApiRequests.ShouldHaveSingleItem().Query.ShouldBe("priority=false&clearSystemData=false&doNotQueue=false");
    }

    [Fact]
    public async Task A_write_whose_second_chunk_fails_reports_the_thousand_contacts_genesys_accepted()
    {
        var api = new StrictHttpHandler()
            .Expect(_ => Json(HttpStatusCode.OK, "[]"))
            .Expect(_ => Json(HttpStatusCode.BadRequest, """{"message":"Bad contact","code":"bad.request","status":400}"""));
        using var services = Build(api);
        var contacts = Enumerable.Range(0, 1500).Select(i => Contact($"SF{i}")).ToList();

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            services.GetRequiredService<IGenesysOutboundClient>().AddContactsAsync(ListId, contacts, ContactWriteOptions.Default, Cancel));

        error.AcceptedBeforeFailure.ShouldBe(1000);
        error.ErrorCode.ShouldBe(GenesysErrorCodes.BadRequest);
        api.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_write_whose_first_chunk_fails_reports_that_nothing_was_written()
    {
        var api = new StrictHttpHandler().Expect(_ => Json(HttpStatusCode.BadRequest, """{"message":"Bad contact","code":"bad.request","status":400}"""));
        using var services = Build(api);

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            services.GetRequiredService<IGenesysOutboundClient>().AddContactsAsync(ListId, [Contact("SF1")], ContactWriteOptions.Default, Cancel));

        error.AcceptedBeforeFailure.ShouldBe(0);
    }

    [Fact]
    public async Task Contacts_genesys_keeps_because_a_campaign_uses_them_are_made_uncallable_with_their_data()
    {
        // DELETE answers an empty 200 whether or not it skipped contacts; the read-back shows SF2 is still there.
        var api = new StrictHttpHandler()
            .Expect(_ => new HttpResponseMessage(HttpStatusCode.OK))
            .Expect(_ => Json(HttpStatusCode.OK, """[{"id":"SF2","contactListId":"l-1","data":{"Phone":"+13175550102","LastName":"Kept"},"callable":true}]"""))
            .Expect(_ => Json(HttpStatusCode.OK, "[]"));
        using var services = Build(api);

        var removal = await services.GetRequiredService<IGenesysOutboundClient>().RemoveContactsAsync(ListId, ["SF1", "SF2"], Cancel);

        removal.Removed.ShouldBe(["SF1"]);
        removal.Stopped.ShouldBe(["SF2"]);
        api.Received.Select(r => r.Request.Method.Method).ShouldBe(["DELETE", "POST", "POST"]);
        api.Received[1].Request.RequestUri!.AbsolutePath.ShouldEndWith("/contacts/bulk");
        var stop = api.Received[2];
        stop.Request.RequestUri!.Query.ShouldBe("?priority=false&clearSystemData=false&doNotQueue=true");
        using var body = JsonDocument.Parse(stop.Body!);
        var written = body.RootElement.EnumerateArray().ShouldHaveSingleItem();
        written.GetProperty("id").GetString().ShouldBe("SF2");
        written.GetProperty("callable").GetBoolean().ShouldBeFalse();
        written.GetProperty("data").GetProperty("LastName").GetString().ShouldBe("Kept");
    }

    [Fact]
    public async Task Contacts_genesys_deleted_need_no_further_write()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: Seeded.NoCampaignRunning);
        await harness.Client.AddContactsAsync(Seeded.ContactListId, [Contact("SF1")], ContactWriteOptions.Default, Cancel);

        var removal = await harness.Client.RemoveContactsAsync(Seeded.ContactListId, ["SF1", "SF9"], Cancel);

        removal.Removed.ShouldBe(["SF1", "SF9"]);
        removal.Stopped.ShouldBeEmpty();
        harness.ApiRequests.Select(r => r.Method).ShouldBe(["POST", "DELETE", "POST"]);
    }

    private static WritableDialerContact Contact(string id)
        => new() { Id = id, Data = new Dictionary<string, string> { ["Phone"] = "+13175550100" } };

    private static string?[] Ids(string? body)
        => JsonDocument.Parse(body!).RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray();

    private static ServiceProvider Build(StrictHttpHandler api)
    {
        var login = new StrictHttpHandler().Expect(_ => Json(HttpStatusCode.OK, """{"access_token":"wire-token","token_type":"bearer","expires_in":86399}"""));
        var services = new ServiceCollection();
        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));
        services.AddGenesysCloud(o => o.Region = "us-east-1");
        services.AddHttpClient(TokenEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => login);
        services.AddHttpClient(GenesysApiTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => api);
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
