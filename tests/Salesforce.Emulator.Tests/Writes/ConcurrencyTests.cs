using System.Net;
using Salesforce.Emulator.Tests.Support;

namespace Salesforce.Emulator.Tests.Writes;

/// <summary>Concurrent writers (CampaignBridge runs 1–4 per org, reference §5): nothing is lost, duplicated or given the same id.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Concurrent_upserts_of_distinct_conversations_all_land_with_distinct_ids()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var batches = await Task.WhenAll(Enumerable.Range(0, 20).Select(batch =>
            session.UpsertTasksAsync(token, false, [.. Enumerable.Range(0, 10).Select(i => TaskRecords.Call($"b{batch:D2}-{i}"))])));

        var ids = batches.SelectMany(b => b.EnumerateArray().Select(r => r.ShouldBeSaved("00T", created: true))).ToList();
        ids.Distinct().Count().ShouldBe(200);
        session.Emulator.Tasks.Count.ShouldBe(200);
        session.Emulator.ApiUsage.Used.ShouldBe(20);
    }

    [Fact]
    public async Task Concurrent_replays_of_the_same_conversation_leave_exactly_one_Task()
    {
        await using var session = await SalesforceSession.StartAsync();
        var token = await session.GetTokenAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => session.UpsertTasksAsync(token, false, TaskRecords.Replay("same"))));

        results.Count(r => r[0].GetProperty("created").GetBoolean()).ShouldBe(1);
        results.Select(r => r[0].GetProperty("id").GetString()).Distinct().ShouldHaveSingleItem();
        session.Emulator.Tasks.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Concurrent_token_requests_each_get_a_session_and_are_all_counted()
    {
        await using var session = await SalesforceSession.StartAsync();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => session.GetTokenAsync()));

        tokens.Distinct().Count().ShouldBe(30);
        session.Emulator.TokenRequestCount.ShouldBe(30);
        session.Emulator.Sessions.Count.ShouldBe(30);
    }
}
