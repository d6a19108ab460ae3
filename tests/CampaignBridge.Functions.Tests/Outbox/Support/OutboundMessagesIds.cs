using System.Globalization;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

/// <summary>Salesforce-shaped record ids (15 characters, Contact prefix 003) for contact ids.</summary>
internal static class OutboundMessagesIds
{
    public static string Contact(int index) => "003" + index.ToString("D12", CultureInfo.InvariantCulture);
}
