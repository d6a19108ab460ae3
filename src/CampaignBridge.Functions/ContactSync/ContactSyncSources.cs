namespace CampaignBridge.Functions.ContactSync;

/// <summary>Where queued contact writes come from.</summary>
internal static class ContactSyncSources
{
    public const string UpsertContacts = "upsertContacts";

    public const string OutboundMessage = "outboundMessage";
}
