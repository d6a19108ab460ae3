namespace CampaignBridge.OAuth.Tests;

public sealed class TokenRefreshPolicyTests
{
    private static readonly DateTimeOffset Issued = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_constants_are_pinned()
    {
        TokenRefreshPolicy.ExpiryMargin.ShouldBe(TimeSpan.FromSeconds(60));
        TokenRefreshPolicy.LongLivedThreshold.ShouldBe(TimeSpan.FromHours(2));
        TokenRefreshPolicy.MaxRefreshLeadTime.ShouldBe(TimeSpan.FromMinutes(5));
        TokenRefreshPolicy.RefreshLeadTimeLifetimeDivisor.ShouldBe(5);
        TokenRefreshPolicy.ExpiryMarginLifetimeDivisor.ShouldBe(4);
        TokenRefreshPolicy.InitialBackoff.ShouldBe(TimeSpan.FromSeconds(1));
        TokenRefreshPolicy.MaxBackoff.ShouldBe(TimeSpan.FromSeconds(30));
        TokenRefreshPolicy.TokenRequestTimeout.ShouldBe(TimeSpan.FromSeconds(10));
    }

    [Theory]
    // lifetime s, refresh from s, usable until s
    [InlineData(300, 180, 240)]          // shortest Genesys token: 60 s window before the 60 s margin
    [InlineData(3600, 3240, 3540)]       // 1 h: 5 min lead
    [InlineData(7200, 6840, 7140)]       // exactly 2 h is still "short"
    [InlineData(86399, 43199.5, 86339)]  // default 24 h: half-life
    [InlineData(172800, 86400, 172740)]  // 48 h maximum: half-life
    [InlineData(40, 22, 30)]             // shorter than Genesys allows: margins shrink with the lifetime
    public void Refresh_and_expiry_instants_follow_the_lifetime(double lifetimeSeconds, double refreshAtSeconds, double usableUntilSeconds)
    {
        var token = new AccessToken("t", "c", Issued, Issued.AddSeconds(lifetimeSeconds));

        TokenRefreshPolicy.RefreshAt(token).ShouldBe(Issued.AddSeconds(refreshAtSeconds));
        TokenRefreshPolicy.UsableUntil(token).ShouldBe(Issued.AddSeconds(usableUntilSeconds));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(100, 30)]
    public void Back_off_doubles_from_one_second_to_thirty(int failures, int expectedSeconds)
        => TokenRefreshPolicy.Backoff(failures, retryAfter: null).ShouldBe(TimeSpan.FromSeconds(expectedSeconds));

    [Fact]
    public void A_longer_retry_after_extends_the_back_off_up_to_the_cap()
    {
        TokenRefreshPolicy.Backoff(1, TimeSpan.FromSeconds(7)).ShouldBe(TimeSpan.FromSeconds(7));
        TokenRefreshPolicy.Backoff(1, TimeSpan.FromMinutes(5)).ShouldBe(TimeSpan.FromSeconds(30));
    }
}
