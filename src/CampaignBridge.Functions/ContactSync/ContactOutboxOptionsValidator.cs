using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// Checks the <c>ContactSync</c> section at startup with the same delivery-bound rules as the way back, plus the
/// de-duplication window; each message names the setting and the fix.
/// </summary>
internal sealed class ContactOutboxOptionsValidator : IValidateOptions<ContactOutboxOptions>
{
    /// <summary>Salesforce retries an unacknowledged Outbound Message for up to 24 hours; a shorter memory lets a retry in twice.</summary>
    public static readonly TimeSpan MinNotificationRetention = TimeSpan.FromDays(1);

    public ValidateOptionsResult Validate(string? name, ContactOutboxOptions options)
    {
        var failures = new List<string>();
        DeliveryBoundsValidation.Check(failures, ContactOutboxOptions.SectionName, nameof(ContactOutboxOptions.MaxContactsPerTick), options.Bounds());
        if (options.NotificationRetention < MinNotificationRetention)
        {
            failures.Add($"{ContactOutboxOptions.SectionName}:NotificationRetention is {options.NotificationRetention}; it must be at least {MinNotificationRetention} "
                + $"(Salesforce re-sends an unacknowledged Outbound Message for 24 hours; default {ContactOutboxOptions.DefaultNotificationRetention}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
