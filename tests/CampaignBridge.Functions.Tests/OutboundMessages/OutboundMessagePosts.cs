using System.Text;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Tests.Outbox.Support;
using CampaignBridge.Salesforce;

namespace CampaignBridge.Functions.Tests.OutboundMessages;

/// <summary>Posts an Outbound Message to <c>ReceiveOutboundMessage</c> and checks the exact ACK.</summary>
internal static class OutboundMessagePosts
{
    /// <summary>The acknowledgement body, byte for byte as the receiver sends it.</summary>
    public static readonly string Acknowledgement = Encoding.UTF8.GetString(SoapResponses.Acknowledgement.Span);

    public static async Task<HttpAnswer> PostAsync(
        OutboxTestHost host, string xml, string mapping = OutboxTestHost.MappingName, string? contentType = "text/xml; charset=utf-8")
    {
        var request = host.Request("POST", $"/api/salesforce/outbound/{mapping}", xml, contentType!);
        var result = await host.Create<ReceiveOutboundMessage>().RunAsync(request, mapping, TestContext.Current.CancellationToken);
        return await OutboxTestHost.ExecuteAsync(request, result);
    }

    public static void ShouldBeAcknowledgement(HttpAnswer answer)
    {
        answer.StatusCode.ShouldBe(200, answer.Body);
        answer.ContentType.ShouldBe(SoapResponses.ContentType);
        answer.Body.ShouldBe(Acknowledgement);
    }
}
