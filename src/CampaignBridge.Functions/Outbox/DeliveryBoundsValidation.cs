namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// The startup check of a lane's <see cref="DeliveryBounds"/>, shared by the directions: every count at least 1, every time
/// positive, and the visibility timeout longer than a tick, so a message cannot reappear while its tick still works on it.
/// Messages name the setting as <c>{section}:{name}</c>.
/// </summary>
internal static class DeliveryBoundsValidation
{
    public static void Check(List<string> failures, string section, string itemsSetting, DeliveryBounds bounds)
    {
        foreach (var (setting, value) in new[]
        {
            ("MaxDequeueCount", bounds.MaxDequeueCount), ("MaxMessagesPerTick", bounds.MaxMessagesPerTick),
            (itemsSetting, bounds.MaxItemsPerTick), ("MaxRequestsPerTick", bounds.MaxRequestsPerTick),
        })
        {
            if (value < 1)
            {
                failures.Add($"{section}:{setting} is {value}; it must be at least 1 (leave it out for the default).");
            }
        }

        foreach (var (setting, value) in new[]
        {
            ("MaxTickDuration", bounds.MaxTickDuration), ("VisibilityTimeout", bounds.VisibilityTimeout),
            ("FailurePause", bounds.FailurePause), ("RateLimitPause", bounds.DefaultRateLimitPause),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{section}:{setting} is {value}; it must be positive (leave it out for the default).");
            }
        }

        if (bounds.MaxTickDuration > TimeSpan.Zero && bounds.VisibilityTimeout <= bounds.MaxTickDuration)
        {
            failures.Add($"{section}:VisibilityTimeout ({bounds.VisibilityTimeout}) must be longer than {section}:MaxTickDuration ({bounds.MaxTickDuration}): "
                + "a message would become visible to another reader while its tick still works on it.");
        }
    }
}
