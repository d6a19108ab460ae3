using System.Text;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Tests.Outbox.Support;

using static CampaignBridge.Functions.Tests.OutboundMessages.OutboundMessagePosts;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>What the receiver accepts on the wire: XML media types only, and a body that arrives whole.</summary>
public sealed class ReceiveOutboundMessageWireTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private OutboxTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await OutboxTestHost.StartAsync(azurite.ConnectionString);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("text/plain; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_valid_envelope_sent_as_anything_but_XML_is_refused_with_415_and_not_acknowledged(string? contentType)
    {
        var answer = await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(2)), contentType: contentType);

        answer.StatusCode.ShouldBe(415);
        answer.Body.ShouldContain(OutboundMessageCodes.UnsupportedMediaType);
        answer.Body.ShouldNotContain("<Ack>");
        await _host.Storage.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("text/xml; charset=\"UTF-8\"")]
    [InlineData("application/xml; charset=utf-8")]
    public async Task An_envelope_sent_as_XML_with_any_parameters_is_acknowledged(string contentType)
        => ShouldBeAcknowledgement(await PostAsync(_host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(1)), contentType: contentType));

    [Fact]
    public async Task A_body_that_breaks_off_is_refused_as_the_senders_fault_and_nothing_is_queued()
    {
        var request = _host.Request("POST", $"/api/salesforce/outbound/{OutboxTestHost.MappingName}", "x");
        request.Body = new BreakingBody(Encoding.UTF8.GetBytes(OutboundMessageXml.Build(OutboxTestHost.OrganizationId, OutboundMessageXml.Contacts(2))[..400]));

        var answer = await OutboxTestHost.ExecuteAsync(request, await _host.Create<ReceiveOutboundMessage>().RunAsync(request, OutboxTestHost.MappingName, TestContext.Current.CancellationToken));

        answer.StatusCode.ShouldBe(400);
        answer.Body.ShouldContain(OutboundMessageCodes.IncompleteBody);
        await _host.Storage.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        (await OutboxTestHost.QueueLengthAsync(_host.Storage.Queue)).ShouldBe(0);
    }

    /// <summary>Yields its bytes, then fails as Kestrel does when a chunk is malformed.</summary>
    private sealed class BreakingBody(byte[] start) : MemoryStream(start)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Bad chunk size data.");
        }
    }
}
