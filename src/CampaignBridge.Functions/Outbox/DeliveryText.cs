namespace CampaignBridge.Functions.Outbox;

/// <summary>Failure reasons stored in messages and table rows are cut to a fixed length, so nothing outgrows its budget.</summary>
internal static class DeliveryText
{
    /// <summary>The longest reason stored.</summary>
    public const int MaxFailureReasonLength = 512;

    public static string Truncate(string reason)
        => reason.Length <= MaxFailureReasonLength ? reason : reason[..MaxFailureReasonLength];
}
