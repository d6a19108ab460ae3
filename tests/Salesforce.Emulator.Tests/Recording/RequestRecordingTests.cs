using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Recording;

/// <summary>What the emulator records: method, path, query, body, status and emulator time — never a secret or a token.</summary>
public sealed class RequestRecordingTests
{
    [Fact]
    public async Task Requests_are_recorded_with_method_path_query_status_and_emulator_time()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var session = await SalesforceSession.StartAsync(timeProvider: time);
        var token = await session.GetTokenAsync();
        time.Advance(TimeSpan.FromMinutes(2));

        using (await session.QueryAsync("SELECT Id FROM Lead", token))
        {
        }

        var tokenRequest = session.Emulator.Requests.Single(r => r.Path == SalesforceSession.TokenPath);
        tokenRequest.Method.ShouldBe("POST");
        tokenRequest.StatusCode.ShouldBe(200);
        tokenRequest.Timestamp.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        var query = session.Emulator.Requests.Single(r => r.Path == SalesforceSession.QueryPath);
        query.Method.ShouldBe("GET");
        query.Query.ShouldBe("q=" + Uri.EscapeDataString("SELECT Id FROM Lead"));
        query.StatusCode.ShouldBe(200);
        query.Timestamp.ShouldBe(new DateTimeOffset(2026, 12, 1, 9, 2, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_secret_the_token_and_the_Basic_credentials_are_never_recorded()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        using (var basic = new HttpRequestMessage(HttpMethod.Post, SalesforceSession.TokenPath)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        })
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientApps.CampaignBridge.Key}:{ClientApps.CampaignBridge.Secret}"));
            basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            using var response = await session.Http.SendAsync(basic, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await session.UpsertTasksAsync(token, false, TaskRecords.Call("c"));

        var recorded = session.Emulator.Requests;
        var everything = string.Join("\n", recorded.Select(r => $"{r.Query} {r.Body} {string.Join(";", r.Headers.Values)}"));
        everything.ShouldNotContain(ClientApps.CampaignBridge.Secret);
        everything.ShouldNotContain(token);
        recorded.First().Body.ShouldContain("client_secret=[redacted]");
        recorded.Single(r => r.Path == TaskRecords.UpsertPath).Headers["Authorization"].ShouldBe("Bearer [redacted]");
        recorded.Single(r => r.Headers.TryGetValue("Authorization", out var a) && a.StartsWith("Basic", StringComparison.Ordinal)).Headers["Authorization"].ShouldBe("Basic [redacted]");
        recorded.Single(r => r.Path == TaskRecords.UpsertPath).Body.ShouldContain("\"Genesys_Conversation_Id__c\":\"c\"");
    }

    [Fact]
    public async Task The_admin_view_of_requests_is_redacted_and_admin_requests_are_not_recorded()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.Http.GetAsync("/__emulator/requests", TestContext.Current.CancellationToken);

        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldNotContain(ClientApps.CampaignBridge.Secret);
        text.ShouldNotContain(token);
        text.ShouldContain(SalesforceSession.TokenPath);
        session.Emulator.Requests.ShouldAllBe(r => !r.Path.StartsWith("/__emulator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reset_puts_the_org_back_to_its_seed_and_forgets_sessions_usage_faults_and_recordings()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("c"));
        await session.UpdateAsync(token, TaskRecords.Update("Lead", SeedIds.Ada, ("DoNotCall", true)));
        session.Emulator.Faults.ServerUnavailable();

        using (var reset = await session.AdminPostAsync("/__emulator/reset"))
        {
            reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        session.Emulator.Tasks.ShouldBeEmpty();
        session.Emulator.Record(SeedIds.Ada)!.GetBoolean("DoNotCall").ShouldBeFalse();
        session.Emulator.Requests.ShouldBeEmpty();
        session.Emulator.Sessions.ShouldBeEmpty();
        session.Emulator.ApiUsage.Used.ShouldBe(0);
        session.Emulator.TokenRequestCount.ShouldBe(0);
        session.Emulator.Faults.Requests.Rules.ShouldBeEmpty();
        using var old = await session.GetAsync("/services/data/v65.0/sobjects", token);
        old.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_admin_record_view_shows_stored_records()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();
        await session.UpsertTasksAsync(token, false, TaskRecords.Call("viewed"));

        using var response = await session.Http.GetAsync("/__emulator/records/Task", TestContext.Current.CancellationToken);

        var task = (await response.ShouldBeJsonAsync()).EnumerateArray().Single();
        task.GetProperty("type").GetString().ShouldBe("Task");
        task.GetProperty("fields").GetProperty(SeedIds.ConversationField).GetString().ShouldBe("viewed");
        using var unknown = await session.Http.GetAsync("/__emulator/records/Nope", TestContext.Current.CancellationToken);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
