using System.Net;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Contacts;

/// <summary>The contact-list export (results reference §3.3): POST, GET with 404 until ready, the URI, the CSV.</summary>
public sealed class ContactExportTests
{
    private const string ExportPath = $"/api/v2/outbound/contactlists/{SeedIds.ContactList}/export";

    [Fact]
    public async Task Until_an_export_is_ready_get_export_is_404_no_available_list_export_uri_then_it_has_a_uri()
    {
        await using var world = await DialerWorld.StartAsync();
        using (var none = await world.Session.GetAsync(ExportPath + "?download=false", world.Token))
        {
            var body = await none.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "no.available.list.export.uri");
            body.GetProperty("message").GetString().ShouldBe("There is no available download URI for contact list at this time.");
        }

        using (var start = await world.Session.PostJsonAsync(ExportPath, world.Token, new { }))
        {
            var reference = await start.ShouldBeJsonAsync(HttpStatusCode.OK);
            reference.GetProperty("id").GetString().ShouldBe(SeedIds.ContactList);
        }

        using (var notYet = await world.Session.GetAsync(ExportPath + "?download=false", world.Token))
        {
            await notYet.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "no.available.list.export.uri");
        }

        world.Time.Advance(TimeSpan.FromSeconds(5));
        var ready = await world.GetJsonAsync(ExportPath + "?download=false");
        ready.GetProperty("uri").GetString().ShouldStartWith(world.Emulator.BaseUrl.ToString().TrimEnd('/'));
        ready.GetProperty("exportTimestamp").GetString().ShouldBe("2026-12-01T09:00:05.000Z");
    }

    [Fact]
    public async Task The_csv_has_the_contact_id_the_list_columns_and_the_call_record_columns_per_phone_column()
    {
        await using var world = await DialerWorld.StartAsync(s =>
        {
            s.Dialer.OutcomesByNumber["+13175550101"] = ["connected:Sale"];
            s.Dialer.OutcomesByNumber["+13175550102"] = ["busy"];
        });
        await world.AddAsync(ContactBodies.Contact("c-1", "Ann, Jr.", "+13175550101"), ContactBodies.Contact("c-2", "Bob", "+13175550102"));
        await world.StartCampaignAsync();
        world.AdvanceSlots(2);
        world.Time.Advance(TimeSpan.FromMinutes(12));
        using (var start = await world.Session.PostJsonAsync(ExportPath, world.Token, null))
        {
            start.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        world.Time.Advance(TimeSpan.FromSeconds(5));
        var uri = (await world.GetJsonAsync(ExportPath + "?download=false")).GetProperty("uri").GetString()!;
        var csv = await world.Session.Http.GetStringAsync(uri, TestContext.Current.CancellationToken);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        header[0].ShouldBe("inin-outbound-id");
        header.ShouldContain("FirstName");
        header.ShouldContain("ContactCallable");
        foreach (var prefix in new[] { "CallRecordLastAttempt-", "CallRecordLastResult-", "CallRecordLastAgentWrapup-" })
        {
            header.ShouldContain(prefix + "Phone");
            header.ShouldContain(prefix + "MobilePhone");
        }

        lines.Length.ShouldBe(3);
        var ann = Row(header, lines.Single(l => l.StartsWith("c-1,", StringComparison.Ordinal)));
        ann["FirstName"].ShouldBe("\"Ann, Jr.\"");
        ann["CallRecordLastResult-Phone"].ShouldBe("Sale");
        ann["CallRecordLastAgentWrapup-Phone"].ShouldBe("Sale");
        ann["CallRecordLastAttempt-Phone"].ShouldBe(world.Dialer.Attempts[0].StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'"));
        var bob = Row(header, lines.Single(l => l.StartsWith("c-2,", StringComparison.Ordinal)));
        bob["CallRecordLastResult-Phone"].ShouldBe("ININ-OUTBOUND-BUSY");
        bob["CallRecordLastAgentWrapup-Phone"].ShouldBe("");
    }

    [Fact]
    public async Task Download_true_redirects_to_the_uri()
    {
        await using var world = await DialerWorld.StartAsync();
        using (var start = await world.Session.PostJsonAsync(ExportPath, world.Token, null))
        {
            start.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        world.Time.Advance(TimeSpan.FromSeconds(5));
        var uri = (await world.GetJsonAsync(ExportPath + "?download=false")).GetProperty("uri").GetString();
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var http = new HttpClient(handler) { BaseAddress = world.Emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, ExportPath + "?download=true");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", world.Token);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(uri);
    }

    [Fact]
    public async Task The_export_needs_both_contact_view_and_contact_list_view()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s =>
            s.OAuthClients.Single(c => c.ClientId == SeedClients.ViewOnly).Permissions.Remove("outbound:contactList:view")));
        var token = await session.GetTokenAsync(SeedClients.ViewOnly);

        using var response = await session.PostJsonAsync(ExportPath, token, null);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.Forbidden, "missing.permissions");
        body.GetProperty("message").GetString()!.ShouldContain("outbound:contactList:view");
    }

    [Fact]
    public async Task An_export_of_an_unknown_list_is_contact_list_not_found()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.PostJsonAsync($"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}/export", token, null);

        await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "contact.list.not.found");
    }

    private static Dictionary<string, string> Row(string[] header, string line)
    {
        // Split on commas outside quotes (the test data has one quoted field).
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                quoted = !quoted;
            }

            if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(ch);
        }

        fields.Add(current.ToString());
        fields.Count.ShouldBe(header.Length);
        return header.Zip(fields).ToDictionary(p => p.First, p => p.Second);
    }
}
