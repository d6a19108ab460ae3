using System.Net;
using System.Text;
using CampaignBridge.Genesys.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// Export answers the emulator does not give, through strict fakes: a download address on another host (pre-signed
/// storage, UNCONFIRMED upstream) gets no bearer token and only https; relative addresses, oversized or broken answers
/// and unreachable hosts fail as <see cref="GenesysApiException"/>s, as the interface promises.
/// </summary>
public sealed class ContactListExportWireTests
{
    private const string ExportUrl = ConversationWire.ApiBase + "api/v2/outbound/contactlists/list-1/export";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_an_export_posts_to_the_lists_export_and_polling_asks_for_the_address_without_a_redirect()
    {
        using var wire = new ConversationWire();
        wire.Api
            .Expect(_ => ConversationWire.Json("""{"id":"list-1","name":"L","selfUri":"/api/v2/outbound/contactlists/list-1"}"""))
            .Expect(_ => ConversationWire.Json("""{"uri":"https://api.mypurecloud.com/downloads/x.csv","exportTimestamp":"2026-12-01T09:00:05.000Z"}"""));

        await wire.Client.StartContactListExportAsync("list-1", Cancel);
        var export = await wire.Client.GetContactListExportAsync("list-1", Cancel);

        export.ShouldBe(new ContactListExportUri("https://api.mypurecloud.com/downloads/x.csv", new DateTimeOffset(2026, 12, 1, 9, 0, 5, TimeSpan.Zero)));
        wire.Api.Received.Select(r => $"{r.Request.Method} {r.Request.RequestUri}").ShouldBe([$"POST {ExportUrl}", $"GET {ExportUrl}?download=false"]);
    }

    [Fact]
    public async Task A_contact_list_id_is_escaped_as_one_path_segment()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Json("""{"id":"a/b"}"""));

        await wire.Client.StartContactListExportAsync("a/b?c", Cancel);

        wire.Api.Received.Single().Request.RequestUri!.AbsolutePath.ShouldBe("/api/v2/outbound/contactlists/a%2Fb%3Fc/export");
    }

    [Fact]
    public async Task An_address_on_another_host_is_downloaded_without_the_bearer_token()
    {
        using var wire = new ConversationWire();
        wire.Download.Expect(_ => ConversationWire.Csv("inin-outbound-id,Phone\r\n00Q5g00000AbCdE,+13175550101\r\n"));

        var rows = await wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/l-1.csv?sig=abc", null), Cancel);

        rows.ShouldHaveSingleItem()["Phone"].ShouldBe("+13175550101");
        var request = wire.Download.Received.ShouldHaveSingleItem().Request;
        request.RequestUri.ShouldBe(new Uri("https://exports.example.net/l-1.csv?sig=abc"));
        request.Headers.Authorization.ShouldBeNull();
        wire.Api.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_relative_address_is_downloaded_from_the_api_host_with_the_token()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Csv("inin-outbound-id\r\n00Q5g00000AbCdE\r\n"));

        var rows = await wire.Client.DownloadContactListExportAsync(new ContactListExportUri("/downloads/contactlist-exports/e-1", null), Cancel);

        rows.ShouldHaveSingleItem()["inin-outbound-id"].ShouldBe("00Q5g00000AbCdE");
        var request = wire.Api.Received.ShouldHaveSingleItem().Request;
        request.RequestUri.ShouldBe(new Uri(ConversationWire.ApiBase + "downloads/contactlist-exports/e-1"));
        request.Headers.Authorization!.ToString().ShouldBe($"Bearer {ConversationWire.Token}");
    }

    [Fact]
    public async Task A_plain_http_address_on_another_host_is_refused_without_a_request()
    {
        using var wire = new ConversationWire();

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.DownloadContactListExportAsync(new ContactListExportUri("http://exports.example.net/l-1.csv", null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.Message.ShouldContain("exports.example.net");
        error.Message.ShouldContain("not https");
        wire.Download.Received.ShouldBeEmpty();
        wire.Api.Received.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://[::1")]
    public async Task An_address_that_is_not_a_url_is_unavailable(string? uri)
    {
        using var wire = new ConversationWire();

        var error = await Should.ThrowAsync<GenesysApiException>(() => wire.Client.DownloadContactListExportAsync(new ContactListExportUri(uri, null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.Hint.ShouldBe("Retry the export later.");
        wire.Download.Received.ShouldBeEmpty();
        wire.Api.Received.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_export_larger_than_the_limit_is_refused()
    {
        using var wire = new ConversationWire();
        wire.Download.Expect(_ =>
        {
            var response = ConversationWire.Csv("inin-outbound-id\r\n");
            response.Content.Headers.ContentLength = GenesysConversationClient.MaxExportBytes + 1L;
            return response;
        });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/big.csv", null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.Message.ShouldContain(GenesysConversationClient.MaxExportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        GenesysConversationClient.MaxExportBytes.ShouldBe(64 * 1024 * 1024);
    }

    [Fact]
    public async Task A_download_host_that_cannot_be_reached_fails_as_unavailable()
    {
        using var wire = new ConversationWire();
        wire.Download.Expect(_ => throw new HttpRequestException("Connection refused (exports.example.net:443)"));

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/l-1.csv", null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.InnerException.ShouldBeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task A_download_host_that_answers_after_the_time_budget_fails_as_a_timeout()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        using var wire = new ConversationWire(time);
        wire.Download.Expect(_ =>
        {
            // The host is still silent when the budget runs out: the client gives up as a real handler would.
            time.Advance(GenesysClientOptions.DefaultTotalTimeout);
            throw new TaskCanceledException("The download was cancelled.");
        });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/l-1.csv", null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Timeout);
        error.Message.ShouldContain("download a contact-list export");
        error.Message.ShouldContain("9 s");
    }

    [Fact]
    public async Task A_download_host_that_refuses_fails_with_its_status()
    {
        using var wire = new ConversationWire();
        wire.Download.Expect(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("<Error><Code>SlowDown</Code></Error>", Encoding.UTF8, "application/xml") });

        var error = await Should.ThrowAsync<GenesysApiException>(() =>
            wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/l-1.csv", null), Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(503);
        error.Message.ShouldContain("download a contact-list export");
    }

    [Fact]
    public async Task A_poll_answered_with_something_other_than_the_expected_json_is_unavailable()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>proxy login</html>", Encoding.UTF8, "text/html") });

        var error = await Should.ThrowAsync<GenesysApiException>(() => wire.Client.GetContactListExportAsync("list-1", Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(200);
        error.Hint.ShouldContain("Genesys:ApiBaseUrl");
    }

    [Fact]
    public async Task A_poll_refused_for_another_reason_than_a_missing_export_fails_with_that_reason()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Problem(HttpStatusCode.NotFound, "contact.list.not.found", "The contact list could not be found."));

        var error = await Should.ThrowAsync<GenesysApiException>(() => wire.Client.GetContactListExportAsync("list-1", Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.NotFound);
        error.GenesysCode.ShouldBe("contact.list.not.found");
    }

    [Fact]
    public async Task A_poll_while_no_export_is_ready_is_null()
    {
        using var wire = new ConversationWire();
        wire.Api.Expect(_ => ConversationWire.Problem(HttpStatusCode.NotFound, "no.available.list.export.uri", "There is no available download URI for contact list at this time."));

        var export = await wire.Client.GetContactListExportAsync("list-1", Cancel);

        export.ShouldBeNull();
    }

    [Fact]
    public async Task A_csv_with_a_byte_order_mark_keys_its_first_column_without_it()
    {
        using var wire = new ConversationWire();
        wire.Download.Expect(_ => ConversationWire.Csv("inin-outbound-id,Phone\r\n00Q5g00000AbCdE,+13175550101\r\n", byteOrderMark: true));

        var rows = await wire.Client.DownloadContactListExportAsync(new ContactListExportUri("https://exports.example.net/l-1.csv", null), Cancel);

        rows.ShouldHaveSingleItem().Keys.ShouldBe(["inin-outbound-id", "Phone"]);
    }

    [Fact]
    public void The_download_client_name_is_pinned()
        => GenesysConversationClient.DownloadClientName.ShouldBe("CampaignBridge.Genesys.Download");
}
