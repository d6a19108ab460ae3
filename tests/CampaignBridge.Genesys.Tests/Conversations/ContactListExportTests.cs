using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// The contact-list export against the emulator (results reference §3.3): start it, poll until a download address is
/// ready (404 <c>no.available.list.export.uri</c> until then), download the CSV and read it by column.
/// </summary>
public sealed class ContactListExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_export_is_started_polled_until_ready_and_read_as_rows_keyed_by_column()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: Seeded.NoCampaignRunning);
        var client = Client(harness);
        await harness.Client.AddContactsAsync(Seeded.ContactListId, [
            new WritableDialerContact { Id = "00Q5g00000AbCdE", Data = new Dictionary<string, string> { ["FirstName"] = "Ann, \"Annie\"", ["LastName"] = "Line one\r\nLine two", ["Phone"] = "+13175550101" } },
            new WritableDialerContact { Id = "00Q5g00000AbCdF", Data = new Dictionary<string, string> { ["FirstName"] = "Bo", ["Phone"] = "+13175550102" } },
        ], ContactWriteOptions.Default, Cancel);

        await client.StartContactListExportAsync(Seeded.ContactListId, Cancel);
        var notReady = await client.GetContactListExportAsync(Seeded.ContactListId, Cancel);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var export = await client.GetContactListExportAsync(Seeded.ContactListId, Cancel);
        var rows = await client.DownloadContactListExportAsync(export!, Cancel);

        notReady.ShouldBeNull();
        export.ShouldNotBeNull();
        export.ExportTimestamp.ShouldBe(GenesysHarness.Start.AddSeconds(5));
        rows.Count.ShouldBe(2);
        var ann = rows.Single(r => r["inin-outbound-id"] == "00Q5g00000AbCdE");
        ann["FirstName"].ShouldBe("Ann, \"Annie\"");
        ann["LastName"].ShouldBe("Line one\r\nLine two");
        ann["Phone"].ShouldBe("+13175550101");
        ann["MobilePhone"].ShouldBe("");
        ann["ContactCallable"].ShouldBe("true");
        ann["CallRecordLastResult-Phone"].ShouldBe("");
        ann.Keys.ShouldBe([
            "inin-outbound-id", "FirstName", "LastName", "Phone", "MobilePhone", "Email", "AccountId",
            "ContactCallable", "ContactableByVoice", "ContactableBySms", "ContactableByEmail", "ContactableByWhatsApp", "ZipCodeAutomaticTimeZone",
            .. new[] { "Phone", "MobilePhone" }.SelectMany(c => new[]
            {
                "CallRecordLastAttempt-", "CallRecordLastResult-", "CallRecordLastAgentWrapup-", "CallRecordLastAttemptCampaign-",
                "SmsLastAttempt-", "SmsLastResult-", "SmsLastAttemptCampaign-", "Callable-", "ContactableByVoice-", "ContactableBySms-", "AutomaticTimeZone-",
            }.Select(p => p + c)),
        ]);
        NotTokenRequests(harness).Select(r => $"{r.Method} {r.Path} {r.StatusCode}").ShouldBe([
            $"POST /api/v2/outbound/contactlists/{Seeded.ContactListId}/contacts 200",
            $"POST /api/v2/outbound/contactlists/{Seeded.ContactListId}/export 200",
            $"GET /api/v2/outbound/contactlists/{Seeded.ContactListId}/export 404",
            $"GET /api/v2/outbound/contactlists/{Seeded.ContactListId}/export 200",
            $"GET {new Uri(export.Uri!).AbsolutePath} 200",
        ]);
        harness.ApiRequests[2].Query.ShouldBe("download=false");
    }

    [Fact]
    public async Task The_export_after_dialing_carries_each_numbers_last_result_system_code_or_wrap_up_name_and_campaign()
    {
        await using var world = await DialedConversations.StartAsync([["busy"], ["connected:Sale"]]);
        world.Harness.Time.Advance(DialedConversations.AllCallsDone);
        var client = world.Client;

        await client.StartContactListExportAsync(Seeded.ContactListId, Cancel);
        world.Harness.Time.Advance(TimeSpan.FromSeconds(5));
        var rows = await client.DownloadContactListExportAsync((await client.GetContactListExportAsync(Seeded.ContactListId, Cancel))!, Cancel);

        var byId = rows.ToDictionary(r => r["inin-outbound-id"]);
        byId[DialedConversations.ContactId(1)]["CallRecordLastResult-Phone"].ShouldBe("ININ-OUTBOUND-BUSY");
        byId[DialedConversations.ContactId(2)]["CallRecordLastResult-Phone"].ShouldBe("Sale");
        byId[DialedConversations.ContactId(2)]["CallRecordLastAgentWrapup-Phone"].ShouldBe("Sale");
        rows.ShouldAllBe(r => r["CallRecordLastAttemptCampaign-Phone"] == Seeded.SpringRenewals);
        var lastBusy = world.Emulator.Dialer.Attempts.Last(a => a.ContactId == DialedConversations.ContactId(1));
        DateTimeOffset.Parse(byId[DialedConversations.ContactId(1)]["CallRecordLastAttempt-Phone"], System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(lastBusy.StartedAt);
    }

    [Fact]
    public async Task A_download_address_that_needs_the_token_is_fetched_with_it_on_the_api_host()
    {
        await using var harness = await GenesysHarness.StartAsync(seed: s => s.Settings.ContactExport.DownloadRequiresBearer = true);
        var client = Client(harness);
        await client.StartContactListExportAsync(Seeded.ContactListId, Cancel);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var export = (await client.GetContactListExportAsync(Seeded.ContactListId, Cancel))!;

        var rows = await client.DownloadContactListExportAsync(export, Cancel);

        rows.ShouldBeEmpty();
        var download = NotTokenRequests(harness).Last();
        download.Path.ShouldBe(new Uri(export.Uri!).AbsolutePath);
        download.Headers["Authorization"].ShouldStartWith("Bearer ");
        download.StatusCode.ShouldBe(200);
    }

    [Fact]
    public async Task An_export_of_an_unknown_contact_list_is_not_found()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var client = Client(harness);

        var start = await Should.ThrowAsync<GenesysApiException>(() => client.StartContactListExportAsync(Seeded.UnknownId, Cancel));
        var poll = await Should.ThrowAsync<GenesysApiException>(() => client.GetContactListExportAsync(Seeded.UnknownId, Cancel));

        foreach (var error in new[] { start, poll })
        {
            error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
            error.GenesysCode.ShouldBe("contact.list.not.found");
            error.Message.ShouldContain(Seeded.UnknownId);
        }
    }

    [Fact]
    public async Task An_export_the_client_may_not_read_names_the_contact_list_permission()
    {
        await using var harness = await GenesysHarness.StartAsync(
            new ClientCredentials("no-list-view-client", "no-list-view-secret"),
            seed: s => s.OAuthClients.Add(new OAuthClientSeed
            {
                ClientId = "no-list-view-client", ClientSecret = "no-list-view-secret", Permissions = ["outbound:contact:view", "analytics:conversationDetail:view"],
            }));

        var error = await Should.ThrowAsync<GenesysApiException>(() => Client(harness).StartContactListExportAsync(Seeded.ContactListId, Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.PermissionMissing);
        error.Hint.ShouldContain("outbound:contactList:view");
    }

    [Fact]
    public async Task An_export_download_that_expired_fails_as_not_found()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var client = Client(harness);
        await client.StartContactListExportAsync(Seeded.ContactListId, Cancel);
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        var export = (await client.GetContactListExportAsync(Seeded.ContactListId, Cancel))!;
        harness.Time.Advance(TimeSpan.FromHours(2));

        var error = await Should.ThrowAsync<GenesysApiException>(() => client.DownloadContactListExportAsync(export, Cancel));
        var poll = await client.GetContactListExportAsync(Seeded.ContactListId, Cancel);

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.StatusCode.ShouldBe(404);
        poll.ShouldBeNull("an expired export has no download address any more");
    }

    /// <summary>API requests and export downloads (the harness's <c>ApiRequests</c> holds only <c>/api/</c> paths).</summary>
    private static List<RecordedRequest> NotTokenRequests(GenesysHarness harness)
        => [.. harness.Emulator.Requests.Where(r => !r.Path.EndsWith("/oauth/token", StringComparison.Ordinal))];

    private static IGenesysConversationClient Client(GenesysHarness harness) => harness.Services.GetRequiredService<IGenesysConversationClient>();
}
