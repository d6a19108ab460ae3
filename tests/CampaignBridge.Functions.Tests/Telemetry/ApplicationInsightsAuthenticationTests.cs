using Azure.Identity;
using CampaignBridge.Functions.Telemetry;

namespace CampaignBridge.Functions.Tests.Telemetry;

public sealed class ApplicationInsightsAuthenticationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Without_an_authentication_string_the_exporter_keeps_key_based_ingestion(string? value)
        => ApplicationInsightsAuthentication.CreateCredential(value).ShouldBeNull();

    [Theory]
    [InlineData("Authorization=AAD;ClientId=3f1c2b9e-0d4a-4c1e-9b7a-2a6d5e4f3c21")]
    [InlineData("ClientId=3f1c2b9e-0d4a-4c1e-9b7a-2a6d5e4f3c21;Authorization=AAD")]
    [InlineData("authorization = aad ; clientid = 3f1c2b9e-0d4a-4c1e-9b7a-2a6d5e4f3c21")]
    [InlineData("Authorization=AAD")]
    public void An_aad_authentication_string_gives_a_managed_identity_credential(string value)
        => ApplicationInsightsAuthentication.CreateCredential(value).ShouldBeOfType<ManagedIdentityCredential>();

    [Theory]
    [InlineData("Authorization=Key")]
    [InlineData("ClientId=3f1c2b9e-0d4a-4c1e-9b7a-2a6d5e4f3c21")]
    public void Any_other_authentication_string_is_refused_with_the_setting_named(string value)
        => Should.Throw<InvalidOperationException>(() => ApplicationInsightsAuthentication.CreateCredential(value))
            .Message.ShouldContain(ApplicationInsightsAuthentication.Setting);
}
