using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class AsyncUpsertContactsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Async_upsert_answers_202_then_the_flush_delivers_and_get_operation_says_delivered()
    {
        var body = Body(Enumerable.Range(0, 3).Select(i => Contact(i, "(650) 253-0000")).Append(Contact(3, "not a phone")));

        var answer = await UpsertAsync(_host, body, "?mode=async");

        answer.StatusCode.ShouldBe(202, answer.Body);
        answer.ContentType.ShouldBe("application/json; charset=utf-8");
        using var accepted = JsonDocument.Parse(answer.Body);
        var operationId = accepted.RootElement.GetProperty("operationId").GetString().ShouldNotBeNull();
        accepted.RootElement.GetProperty("status").GetString().ShouldBe("queued");
        accepted.RootElement.GetProperty("statusUrl").GetString().ShouldBe($"/api/operations/{operationId}");
        accepted.RootElement.GetProperty("accepted").GetInt32().ShouldBe(3);
        var rejected = accepted.RootElement.GetProperty("rejected").EnumerateArray().ShouldHaveSingleItem();
        rejected.GetProperty("id").GetString().ShouldBe(OutboundMessagesIds.Contact(3));
        rejected.GetProperty("field").GetString().ShouldBe("Phone");
        Emulator.ContactsIn(OutboxTestHost.ContactListId).ShouldBeEmpty("nothing is written before the flush");

        await _host.Create<FlushContactOutbox>().RunAsync(new() { IsPastDue = false }, TestContext.Current.CancellationToken);

        var contacts = Emulator.ContactsIn(OutboxTestHost.ContactListId);
        contacts.Keys.Order().ShouldBe([OutboundMessagesIds.Contact(0), OutboundMessagesIds.Contact(1), OutboundMessagesIds.Contact(2)]);
        contacts[OutboundMessagesIds.Contact(1)].Data["Phone"].ShouldBe("+16502530000");
        var status = await GetOperationAsync(operationId);
        status.StatusCode.ShouldBe(200);
        using var operation = JsonDocument.Parse(status.Body);
        operation.RootElement.GetProperty("status").GetString().ShouldBe(OperationStatus.Delivered);
        operation.RootElement.GetProperty("submitted").GetInt32().ShouldBe(3);
        operation.RootElement.GetProperty("delivered").GetInt32().ShouldBe(3);
        operation.RootElement.GetProperty("rejected").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetString().ShouldBe(OutboundMessagesIds.Contact(3));
    }

    [Fact]
    public async Task More_than_the_threshold_of_contacts_is_queued_without_asking()
    {
        var count = ContactUpsertQueue.AsyncThreshold + 1;

        var answer = await UpsertAsync(_host, Body(Enumerable.Range(0, count).Select(i => Contact(i, "(650) 253-0000"))));

        answer.StatusCode.ShouldBe(202, answer.Body);
        using var accepted = JsonDocument.Parse(answer.Body);
        accepted.RootElement.GetProperty("accepted").GetInt32().ShouldBe(count);
        ContactWriteRequests().ShouldBe(0);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Exactly_the_threshold_of_contacts_is_still_written_synchronously()
    {
        var answer = await UpsertAsync(_host, Body(Enumerable.Range(0, ContactUpsertQueue.AsyncThreshold).Select(i => Contact(i, "(650) 253-0000"))));

        answer.StatusCode.ShouldBe(200, answer.Body);
        ContactWriteRequests().ShouldBe(1);
        Emulator.ContactsIn(OutboxTestHost.ContactListId).Count.ShouldBe(ContactUpsertQueue.AsyncThreshold);
    }

    [Fact]
    public async Task A_queued_write_keeps_queue_positions_unless_it_asked_for_a_redial()
    {
        (await UpsertAsync(_host, Body([Contact(0, "(650) 253-0000")]), "?mode=async")).StatusCode.ShouldBe(202);
        _host.Time.Advance(TimeSpan.FromSeconds(1));
        var redial = JsonSerializer.Serialize(new { contacts = new[] { Contact(1, "(650) 253-0000") }, options = new { redial = true } });
        (await UpsertAsync(_host, redial, "?mode=async")).StatusCode.ShouldBe(202);

        await _host.Create<FlushContactOutbox>().RunAsync(new() { IsPastDue = false }, TestContext.Current.CancellationToken);

        // One request per run of equal options, in enqueue order: the plain write keeps queue positions, the redial does not.
        Emulator.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal)).Select(r => r.Query).ShouldBe([
            "priority=false&clearSystemData=false&doNotQueue=true",
            "priority=false&clearSystemData=false&doNotQueue=false",
        ]);
    }

    [Fact]
    public async Task An_unknown_mode_is_a_400_problem_before_any_genesys_call()
    {
        var answer = await UpsertAsync(_host, Body([Contact(0, "(650) 253-0000")]), "?mode=later");

        answer.StatusCode.ShouldBe(400);
        using var problem = JsonDocument.Parse(answer.Body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("request.invalid_query");
        problem.RootElement.GetProperty("field").GetString().ShouldBe(ContactUpsertQueue.ModeParameter);
        Emulator.Requests.ShouldNotContain(r => r.Path.StartsWith("/api/v2/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_storage_is_down_async_upsert_answers_503_with_retry_after_and_accepts_nothing()
    {
        await using var host = OutboxTestHost.Create(Emulator, azurite.ConnectionStringWithWrongKey);

        var answer = await UpsertAsync(host, Body([Contact(0, "(650) 253-0000")]), "?mode=async");

        answer.StatusCode.ShouldBe(503);
        answer.RetryAfter.ShouldBe("30");
        using var problem = JsonDocument.Parse(answer.Body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe(ContactUpsertQueue.UnavailableCode);
        ContactWriteRequests().ShouldBe(0);
    }

    private static object Contact(int index, string phone)
        => new { id = OutboundMessagesIds.Contact(index), data = new Dictionary<string, string> { ["FirstName"] = "Jeraldine", ["LastName"] = $"Black{index}", ["Phone"] = phone } };

    private static string Body(IEnumerable<object> contacts) => JsonSerializer.Serialize(new { contacts = contacts.ToList() });

    private int ContactWriteRequests()
        => Emulator.Requests.Count(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal));

    private static async Task<HttpAnswer> UpsertAsync(OutboxTestHost host, string body, string query = "")
    {
        var path = $"/api/contactlists/{OutboxTestHost.ContactListId}/contacts";
        var request = host.Request("POST", path, body, "application/json", query);
        var result = await host.Create<UpsertContacts>().Run(request, OutboxTestHost.ContactListId);
        return await OutboxTestHost.ExecuteAsync(request, result);
    }

    private async Task<HttpAnswer> GetOperationAsync(string operationId)
    {
        var request = _host.Request("GET", $"/api/operations/{operationId}");
        var result = await _host.Create<GetOperation>().RunAsync(request, operationId);
        return await OutboxTestHost.ExecuteAsync(request, result);
    }
}
