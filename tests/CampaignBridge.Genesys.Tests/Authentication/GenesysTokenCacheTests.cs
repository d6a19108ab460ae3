using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using Emulators.Hosting;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Authentication;

public sealed class GenesysTokenCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_thousand_concurrent_cold_callers_share_exactly_one_token_request()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var tokens = harness.Tokens;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await tokens.GetAccessTokenAsync(Cancel);
            }, Cancel))
            .ToArray();
        start.SetResult();
        var results = await Task.WhenAll(callers);

        harness.Emulator.TokenRequestCount.ShouldBe(1);
        results.Select(t => t.Value).Distinct().ShouldHaveSingleItem().ShouldBe(harness.Emulator.IssuedTokens.Single().AccessToken);
    }

    [Fact]
    public async Task A_cached_token_is_served_again_without_a_request()
    {
        await using var harness = await GenesysHarness.StartAsync();

        var first = await harness.Tokens.GetAccessTokenAsync(Cancel);
        harness.Time.Advance(TimeSpan.FromHours(1));
        var second = await harness.Tokens.GetAccessTokenAsync(Cancel);

        second.ShouldBeSameAs(first);
        harness.Emulator.TokenRequestCount.ShouldBe(1);
        harness.Credentials.GetCount.ShouldBe(2); // once to find the slot, once for the request; never on the fast path
    }

    [Fact]
    public async Task A_short_lived_token_is_renewed_in_the_background_while_the_current_one_is_served()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.ShortLived);
        var first = await harness.Tokens.GetAccessTokenAsync(Cancel);
        first.Lifetime.ShouldBe(TimeSpan.FromSeconds(300));

        harness.Time.Advance(TimeSpan.FromSeconds(179));
        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        harness.Emulator.TokenRequestCount.ShouldBe(1);

        harness.Time.Advance(TimeSpan.FromSeconds(2)); // 181 s: inside the refresh window (180..240 s)
        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        await Eventually.HoldsAsync(() => harness.Emulator.IssuedTokens.Count == 2, "one background refresh is issued");
        await Eventually.HoldsAsync(
            () => harness.Tokens.GetAccessTokenAsync(Cancel) is { IsCompletedSuccessfully: true } served && !ReferenceEquals(served.Result, first),
            "the renewed token replaces the old one");

        var renewed = await harness.Tokens.GetAccessTokenAsync(Cancel);
        renewed.Value.ShouldBe(harness.Emulator.IssuedTokens[1].AccessToken);
        renewed.IssuedAt.ShouldBe(GenesysHarness.Start.AddSeconds(181));
        harness.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_long_lived_token_is_renewed_at_half_its_lifetime()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var first = await harness.Tokens.GetAccessTokenAsync(Cancel);

        harness.Time.Advance(TimeSpan.FromSeconds(43199));
        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        harness.Emulator.TokenRequestCount.ShouldBe(1);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        await Eventually.HoldsAsync(() => harness.Emulator.TokenRequestCount == 2, "the half-life refresh is issued");
    }

    [Fact]
    public async Task A_failed_background_refresh_keeps_serving_the_valid_token()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.ShortLived);
        var first = await harness.Tokens.GetAccessTokenAsync(Cancel);
        harness.Emulator.Faults.TokenOutageStatus = 503;

        harness.Time.Advance(TimeSpan.FromSeconds(200));
        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        await Eventually.HoldsAsync(() => harness.Emulator.TokenRequestCount == 3, "the background refresh is attempted, and its 503 asked once more at once");
        await Eventually.HoldsAsync(
            () => harness.Logs.GetSnapshot().Any(r => r.Id.Id == 1004),
            "the failed refresh is logged");

        (await harness.Tokens.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(first);
        harness.Emulator.TokenRequestCount.ShouldBe(3); // backed off: no further attempt within the second
    }

    [Fact]
    public async Task An_expired_token_is_never_served()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.ShortLived);
        await harness.Tokens.GetAccessTokenAsync(Cancel);
        harness.Emulator.Faults.TokenOutageStatus = 503;

        harness.Time.Advance(TimeSpan.FromSeconds(240)); // 60 s before the 300 s expiry

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));
        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.StatusCode.ShouldBe(503);
        harness.Emulator.TokenRequestCount.ShouldBe(3, "the renewal's 503 was asked once more at once");
    }

    [Fact]
    public async Task A_failing_token_endpoint_is_backed_off_and_callers_get_the_last_error_at_once()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.Faults.TokenOutageStatus = 503;

        async Task<GenesysApiException> Fails() => await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        (await Fails()).ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        harness.Emulator.TokenRequestCount.ShouldBe(2); // the first 503 of a healthy endpoint is asked once more at once
        (await Fails()).ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        harness.Emulator.TokenRequestCount.ShouldBe(2); // within the 1 s back-off: the last error, no request

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await Fails();
        harness.Emulator.TokenRequestCount.ShouldBe(3); // failing now: no immediate second request

        harness.Time.Advance(TimeSpan.FromSeconds(1)); // back-off is now 2 s
        await Fails();
        harness.Emulator.TokenRequestCount.ShouldBe(3);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await Fails();
        harness.Emulator.TokenRequestCount.ShouldBe(4);

        // The failure was never cached as a token: once the endpoint recovers and the back-off (4 s) passed, a token comes.
        harness.Emulator.Faults.TokenOutageStatus = null;
        harness.Time.Advance(TimeSpan.FromSeconds(4));
        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);
        token.Value.ShouldBe(harness.Emulator.IssuedTokens.ShouldHaveSingleItem().AccessToken);
        harness.Emulator.TokenRequestCount.ShouldBe(5);
    }

    [Fact]
    public async Task An_invalid_client_rereads_the_credentials_once_and_retries_with_the_rotated_secret()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.RotateClientSecret(Seeded.Local.ClientId, "rotated-secret-2");
        harness.Credentials.Stored = Seeded.Local with { ClientSecret = "rotated-secret-2" };

        var token = await harness.Tokens.GetAccessTokenAsync(Cancel);

        token.Value.ShouldBe(harness.Emulator.IssuedTokens.ShouldHaveSingleItem().AccessToken);
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Emulator.Requests.Select(r => r.StatusCode).ShouldBe([400, 200]);
    }

    [Fact]
    public async Task A_client_still_invalid_after_one_reread_fails_with_invalid_client()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.Local with { ClientSecret = "stale-secret" });

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.InvalidClient);
        error.Hint.ShouldContain("Genesys:Region");
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task An_unauthorized_client_is_reread_once_too_because_genesys_also_answers_it_for_a_wrong_secret()
    {
        await using var harness = await GenesysHarness.StartAsync(Seeded.CodeGrant);

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.UnauthorizedClient);
        error.GenesysCode.ShouldBe("unauthorized_client");
        error.StatusCode.ShouldBe(400);
        error.Hint.ShouldContain("Client Credentials grant");
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_disabled_client_looks_like_a_wrong_secret_so_the_credentials_are_reread_once()
    {
        // Reference §8.1: Genesys answers a disabled client exactly as a wrong secret (400 invalid_client), so the
        // cache cannot skip the re-read; the hint names both causes.
        await using var harness = await GenesysHarness.StartAsync(Seeded.Disabled);

        var error = await Should.ThrowAsync<GenesysApiException>(() => harness.Tokens.GetAccessTokenAsync(Cancel));

        error.ErrorCode.ShouldBe(GenesysErrorCodes.InvalidClient);
        error.Hint.ShouldContain("disabled");
        harness.Credentials.RefreshCount.ShouldBe(1);
        harness.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Invalidating_discards_only_the_rejected_token_never_a_newer_one()
    {
        await using var harness = await GenesysHarness.StartAsync();
        var cache = harness.Services.GetRequiredService<GenesysTokenCache>();
        var first = await cache.GetAccessTokenAsync(Cancel);

        cache.Invalidate(first).ShouldBeTrue();
        var second = await cache.GetAccessTokenAsync(Cancel);
        second.ShouldNotBeSameAs(first);
        harness.Emulator.TokenRequestCount.ShouldBe(2);

        cache.Invalidate(first).ShouldBeFalse(); // a late 401 for the old token
        (await cache.GetAccessTokenAsync(Cancel)).ShouldBeSameAs(second);
        harness.Emulator.TokenRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_caller_that_gives_up_does_not_cancel_the_shared_request()
    {
        await using var harness = await GenesysHarness.StartAsync();
        harness.Emulator.Faults.Add(new FaultRule { PathPrefix = "/oauth/token", LatencyMs = 300, Count = 1 });
        using var impatient = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        var abandoned = harness.Tokens.GetAccessTokenAsync(impatient.Token);
        var patient = harness.Tokens.GetAccessTokenAsync(Cancel);

        await Should.ThrowAsync<OperationCanceledException>(() => abandoned);
        var token = await patient;
        token.Value.ShouldBe(harness.Emulator.IssuedTokens.ShouldHaveSingleItem().AccessToken);
        harness.Emulator.TokenRequestCount.ShouldBe(1);
    }
}
