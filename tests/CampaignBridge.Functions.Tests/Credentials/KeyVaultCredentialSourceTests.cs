using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Genesys;
using CampaignBridge.OAuth;
using CampaignBridge.Testing.KeyVault;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Tests.Credentials;

public sealed class KeyVaultCredentialSourceTests : IAsyncLifetime
{
    private CampaignBridgeApp _app = null!;

    private FakeKeyVault Vault => _app.KeyVault!;

    private IGenesysCredentialSource Source => _app.Services.GetRequiredService<IGenesysCredentialSource>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _app = await CampaignBridgeApp.StartAsync(o => o.UseKeyVault = true);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_credentials_are_read_from_key_vault_through_the_challenge_flow()
    {
        Source.ShouldBeOfType<GenesysKeyVaultCredentialSource>();

        var credentials = await Source.GetAsync(Ct);

        credentials.ShouldBe(new ClientCredentials(CampaignBridgeApp.ClientId, CampaignBridgeApp.ClientSecret));
        Vault.SecretRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task The_credentials_are_cached_in_memory()
    {
        await Source.GetAsync(Ct);
        await Source.GetAsync(Ct);
        await Source.GetAsync(Ct);

        Vault.SecretRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task Concurrent_first_readers_share_one_read()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Source.GetAsync(Ct).AsTask()));

        Vault.SecretRequestCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_refresh_picks_up_a_rotated_secret_without_restart()
    {
        await Source.GetAsync(Ct);
        Vault.SetSecret("genesys-client-secret", "rotated-secret-value");

        var refreshed = await Source.RefreshAsync(Ct);

        refreshed.ClientSecret.ShouldBe("rotated-secret-value");
        (await Source.GetAsync(Ct)).ClientSecret.ShouldBe("rotated-secret-value");
    }

    [Fact]
    public async Task While_the_vault_is_unreachable_the_cached_credentials_keep_being_served()
    {
        var cached = await Source.GetAsync(Ct);
        await Vault.StopAsync();

        var refreshed = await Source.RefreshAsync(Ct);

        refreshed.ShouldBe(cached);
        _app.Logs.Lines.ShouldContain(line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains(CredentialErrorCodes.Unreachable, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unreachable_vault_without_cached_credentials_is_keyvault_unreachable()
    {
        await Vault.StopAsync();

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => Source.GetAsync(Ct).AsTask());

        exception.Code.ShouldBe(CredentialErrorCodes.Unreachable);
        exception.Hint.ShouldContain("KeyVault:Uri");
    }

    [Fact]
    public async Task A_forbidden_identity_is_keyvault_forbidden_with_the_role_to_grant()
    {
        Vault.DenyAccess = true;

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => Source.GetAsync(Ct).AsTask());

        exception.Code.ShouldBe(CredentialErrorCodes.Forbidden);
        exception.Hint.ShouldContain("\"Key Vault Secrets User\"");
        exception.Hint.ShouldContain("managed identity");
    }

    [Fact]
    public async Task A_missing_secret_is_keyvault_secret_missing_naming_it()
    {
        Vault.RemoveSecret("genesys-client-secret");

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => Source.GetAsync(Ct).AsTask());

        exception.Code.ShouldBe(CredentialErrorCodes.SecretMissing);
        exception.Message.ShouldContain("'genesys-client-secret'");
    }

    [Fact]
    public async Task A_disabled_secret_is_keyvault_secret_disabled()
    {
        Vault.SetSecret("genesys-client-id", CampaignBridgeApp.ClientId, enabled: false);

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => Source.GetAsync(Ct).AsTask());

        exception.Code.ShouldBe(CredentialErrorCodes.SecretDisabled);
        exception.Message.ShouldContain("'genesys-client-id'");
    }

    [Fact]
    public async Task Without_an_azure_identity_the_error_says_to_turn_on_managed_identity()
    {
        await using var app = await CampaignBridgeApp.StartAsync(o =>
        {
            o.UseKeyVault = true;
            o.ConfigureServices = services => services.AddSingleton<Azure.Core.TokenCredential>(new NoIdentityCredential());
        });

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => app.Services.GetRequiredService<IGenesysCredentialSource>().GetAsync(Ct).AsTask());

        exception.Code.ShouldBe(CredentialErrorCodes.IdentityUnavailable);
        exception.Hint.ShouldContain("AZURE_CLIENT_ID");
    }

    [Fact]
    public async Task Failures_never_carry_the_secret_value()
    {
        await Source.GetAsync(Ct);
        Vault.DenyAccess = true;

        var exception = await Should.ThrowAsync<CredentialSourceException>(() => Source.RefreshAsync(Ct).AsTask());

        exception.ToString().ShouldNotContain(CampaignBridgeApp.ClientSecret);
    }

    [Fact]
    public async Task A_function_answers_502_keyvault_forbidden_with_the_hint_when_the_vault_refuses()
    {
        Vault.DenyAccess = true;
        var before = _app.Emulator.Requests.Count;

        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => _app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeProblem(502, CredentialErrorCodes.Forbidden).GetProperty("hint").GetString().ShouldNotBeNull().ShouldContain("Key Vault Secrets User");
        _app.Emulator.Requests.Count.ShouldBe(before);
    }

    [Fact]
    public async Task A_function_works_end_to_end_with_credentials_from_key_vault()
    {
        var response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, $"/api/campaigns/{Seed.WinbackQ4}"), r => _app.Function<GetCampaign>().Run(r, Seed.WinbackQ4));

        response.ShouldBeOk().GetProperty("id").GetString().ShouldBe(Seed.WinbackQ4);
        _app.Emulator.IssuedTokens.ShouldContain(t => t.ClientId == CampaignBridgeApp.ClientId);
    }

    /// <summary>What DefaultAzureCredential throws when no identity is available (an Azure SDK type, not ours).</summary>
    private sealed class NoIdentityCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken)
            => throw new Azure.Identity.CredentialUnavailableException("No managed identity endpoint found.");

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken)
            => throw new Azure.Identity.CredentialUnavailableException("No managed identity endpoint found.");
    }
}
