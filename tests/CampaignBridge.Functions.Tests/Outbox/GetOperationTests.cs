using System.Text.Json;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;

namespace CampaignBridge.Functions.Tests.Outbox;

public sealed class GetOperationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    private GenesysCloudEmulator Emulator => _host.Emulator;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_queued_operation_answers_its_status_counts_and_rejections_in_camel_case()
    {
        var queued = await _host.Get<IContactOutbox>().EnqueueAsync(
            new ContactSyncRequest(
                OutboxTestHost.ContactListId,
                [new QueuedContact(OutboundMessagesIds.Contact(1), new Dictionary<string, string> { ["LastName"] = "x" })],
                QueuedWriteOptions.Default,
                [new OperationRejection(OutboundMessagesIds.Contact(2), "Phone", "not a phone number")],
                ContactSyncSources.UpsertContacts),
            TestContext.Current.CancellationToken);

        var queuedAnswer = await GetAsync(queued.OperationId.ToString());

        queuedAnswer.StatusCode.ShouldBe(200);
        queuedAnswer.ContentType.ShouldBe("application/json; charset=utf-8");
        using (var body = JsonDocument.Parse(queuedAnswer.Body))
        {
            var root = body.RootElement;
            root.GetProperty("operationId").GetString().ShouldBe(queued.OperationId.ToString());
            root.GetProperty("status").GetString().ShouldBe("queued");
            root.GetProperty("submitted").GetInt32().ShouldBe(1);
            root.GetProperty("delivered").GetInt32().ShouldBe(0);
            var rejection = root.GetProperty("rejected").EnumerateArray().ShouldHaveSingleItem();
            rejection.GetProperty("id").GetString().ShouldBe(OutboundMessagesIds.Contact(2));
            rejection.GetProperty("field").GetString().ShouldBe("Phone");
            rejection.GetProperty("reason").GetString().ShouldBe("not a phone number");
            root.GetProperty("failures").GetArrayLength().ShouldBe(0);
        }

        await _host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);
        var deliveredAnswer = await GetAsync(queued.OperationId.ToString());

        using var delivered = JsonDocument.Parse(deliveredAnswer.Body);
        delivered.RootElement.GetProperty("status").GetString().ShouldBe("delivered");
        delivered.RootElement.GetProperty("delivered").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_operation_is_a_404_problem()
    {
        var answer = await GetAsync("0f8fad5b-d9cb-469f-a165-70867728950e");

        answer.StatusCode.ShouldBe(404);
        answer.ContentType.ShouldBe("application/problem+json; charset=utf-8");
        using var body = JsonDocument.Parse(answer.Body);
        body.RootElement.GetProperty("status").GetInt32().ShouldBe(404);
        body.RootElement.GetProperty("code").GetString().ShouldBe(GetOperation.NotFoundCode);
        body.RootElement.GetProperty("hint").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("not-a-guid")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    [InlineData("")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public async Task A_malformed_operation_id_is_a_400_problem_naming_the_parameter(string operationId)
    {
        var answer = await GetAsync(operationId);

        answer.StatusCode.ShouldBe(400);
        answer.ContentType.ShouldBe("application/problem+json; charset=utf-8");
        using var body = JsonDocument.Parse(answer.Body);
        body.RootElement.GetProperty("code").GetString().ShouldBe("request.invalid_id");
        body.RootElement.GetProperty("field").GetString().ShouldBe("operationId");
        body.RootElement.GetProperty("status").GetInt32().ShouldBe(400);
    }

    private async Task<HttpAnswer> GetAsync(string operationId)
    {
        var request = _host.Request("GET", $"/api/operations/{operationId}");
        var result = await _host.Create<GetOperation>().RunAsync(request, operationId);
        return await OutboxTestHost.ExecuteAsync(request, result);
    }
}
