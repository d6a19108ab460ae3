using CampaignBridge.Functions.ContactSync;

namespace CampaignBridge.Functions.Tests.Outbox;

/// <summary>
/// <see cref="ContactOutboxOptionsValidator"/>: the defaults pass, every bound that cannot work is refused naming its
/// <c>ContactSync:*</c> setting, and the de-duplication window covers Salesforce's 24 hours of retries.
/// </summary>
public sealed class ContactOutboxOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(Action<ContactOutboxOptions> change)
    {
        var options = new ContactOutboxOptions();
        change(options);
        var result = new ContactOutboxOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures!] : [];
    }

    [Fact]
    public void The_defaults_pass()
        => Failures(_ => { }).ShouldBeEmpty();

    [Fact]
    public void Counts_below_one_and_times_not_positive_are_refused_naming_each_setting()
    {
        var failures = Failures(o =>
        {
            o.MaxDequeueCount = 0;
            o.MaxMessagesPerTick = 0;
            o.MaxContactsPerTick = -5;
            o.MaxRequestsPerTick = 0;
            o.MaxTickDuration = TimeSpan.Zero;
            o.FailurePause = TimeSpan.FromSeconds(-1);
        });

        failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]).ShouldBe(
        [
            "ContactSync:MaxDequeueCount", "ContactSync:MaxMessagesPerTick", "ContactSync:MaxContactsPerTick", "ContactSync:MaxRequestsPerTick",
            "ContactSync:MaxTickDuration", "ContactSync:FailurePause",
        ]);
    }

    [Fact]
    public void A_visibility_timeout_no_longer_than_a_tick_is_refused()
        => Failures(o => o.VisibilityTimeout = o.MaxTickDuration).ShouldHaveSingleItem()
            .ShouldStartWith("ContactSync:VisibilityTimeout (00:00:20) must be longer than ContactSync:MaxTickDuration (00:00:20)");

    [Fact]
    public void A_notification_retention_shorter_than_a_day_is_refused_and_exactly_a_day_passes()
    {
        Failures(o => o.NotificationRetention = TimeSpan.FromHours(23)).ShouldHaveSingleItem()
            .ShouldStartWith("ContactSync:NotificationRetention is 23:00:00; it must be at least 1.00:00:00");
        Failures(o => o.NotificationRetention = ContactOutboxOptionsValidator.MinNotificationRetention).ShouldBeEmpty();
        ContactOutboxOptionsValidator.MinNotificationRetention.ShouldBe(TimeSpan.FromDays(1));
    }
}
