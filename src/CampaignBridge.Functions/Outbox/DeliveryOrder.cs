namespace CampaignBridge.Functions.Outbox;

/// <summary>Which of two writes of one key wins.</summary>
internal static class DeliveryOrder
{
    /// <summary>
    /// A value written after another replaces it, unless both carry a modification time and the earlier one's is later
    /// (Salesforce delivers Outbound Messages out of order, so the newer record wins). Equal times, or a value without a
    /// time, keep "the later write wins".
    /// </summary>
    public static bool Supersedes(DateTimeOffset? laterModifiedAt, DateTimeOffset? earlierModifiedAt)
        => earlierModifiedAt is not { } earlier || laterModifiedAt is not { } later || later >= earlier;
}
