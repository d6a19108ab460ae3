using CampaignBridge.Genesys.Configuration;

namespace CampaignBridge.Genesys.Tests.Configuration;

public sealed class GenesysEndpointsTests
{
    [Theory]
    [InlineData("mypurecloud.ie")]
    [InlineData("eu-west-1")]
    public void A_region_gives_its_login_and_api_hosts(string region)
    {
        var endpoints = GenesysEndpoints.Resolve(new GenesysClientOptions { Region = region });

        endpoints.LoginBaseUri.ShouldBe(new Uri("https://login.mypurecloud.ie/"));
        endpoints.ApiBaseUri.ShouldBe(new Uri("https://api.mypurecloud.ie/"));
    }

    [Fact]
    public void Overrides_win_over_the_region_and_get_a_trailing_slash()
    {
        var endpoints = GenesysEndpoints.Resolve(new GenesysClientOptions
        {
            Region = "us-east-1",
            ApiBaseUrl = new Uri("https://gateway.example.com/genesys"),
            LoginBaseUrl = new Uri("https://gateway.example.com/genesys-login"),
        });

        endpoints.ApiBaseUri.ShouldBe(new Uri("https://gateway.example.com/genesys/"));
        endpoints.LoginBaseUri.ShouldBe(new Uri("https://gateway.example.com/genesys-login/"));
    }

    [Fact]
    public void A_lone_api_override_on_loopback_serves_login_too_like_the_emulator()
    {
        var endpoints = GenesysEndpoints.Resolve(new GenesysClientOptions { ApiBaseUrl = new Uri("http://127.0.0.1:5080") });

        endpoints.ApiBaseUri.ShouldBe(new Uri("http://127.0.0.1:5080/"));
        endpoints.LoginBaseUri.ShouldBe(new Uri("http://127.0.0.1:5080/"));
    }

    [Fact]
    public void A_lone_api_override_on_an_api_host_maps_to_the_login_host_as_the_sdk_does()
    {
        var endpoints = GenesysEndpoints.Resolve(new GenesysClientOptions { ApiBaseUrl = new Uri("https://api.inindca.com") });

        endpoints.LoginBaseUri.ShouldBe(new Uri("https://login.inindca.com/"));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    public void Http_is_accepted_for_loopback_hosts(string url)
    {
        GenesysEndpoints.TryResolve(new GenesysClientOptions { ApiBaseUrl = new Uri(url), LoginBaseUrl = new Uri(url) }, out var endpoints, out var error)
            .ShouldBeTrue(error);
        endpoints!.ApiBaseUri.Scheme.ShouldBe("http");
    }

    [Theory]
    [InlineData("ApiBaseUrl", "Genesys:ApiBaseUrl")]
    [InlineData("LoginBaseUrl", "Genesys:LoginBaseUrl")]
    public void Http_on_a_non_loopback_host_is_refused_naming_the_setting_and_the_fix(string property, string setting)
    {
        var options = new GenesysClientOptions { Region = "us-east-1" };
        var insecure = new Uri("http://genesys-gateway.example.com/");
        if (property == "ApiBaseUrl")
        {
            options.ApiBaseUrl = insecure;
        }
        else
        {
            options.LoginBaseUrl = insecure;
        }

        GenesysEndpoints.TryResolve(options, out _, out var error).ShouldBeFalse();

        error.ShouldContain(setting);
        error.ShouldContain("uses http on the non-loopback host 'genesys-gateway.example.com'");
        error.ShouldContain("Use https");
        error.ShouldContain("loopback");
    }

    [Fact]
    public void A_missing_region_names_the_setting_the_valid_values_and_the_alternative()
    {
        var error = Should.Throw<InvalidOperationException>(() => GenesysEndpoints.Resolve(new GenesysClientOptions())).Message;

        error.ShouldContain("Genesys:Region is not set");
        error.ShouldContain("us-east-1 (mypurecloud.com)");
        error.ShouldContain("Genesys:ApiBaseUrl and Genesys:LoginBaseUrl");
    }

    [Fact]
    public void An_unknown_region_lists_the_valid_ones()
    {
        GenesysEndpoints.TryResolve(new GenesysClientOptions { Region = "mypurecloud.eu" }, out _, out var error).ShouldBeFalse();

        error.ShouldContain("Genesys:Region 'mypurecloud.eu' is not a Genesys Cloud region");
        error.ShouldContain("ap-southeast-2 (mypurecloud.com.au)");
    }

    [Fact]
    public void A_relative_or_non_http_override_is_refused()
    {
        GenesysEndpoints.TryResolve(new GenesysClientOptions { Region = "us-east-1", ApiBaseUrl = new Uri("ftp://api.mypurecloud.com/") }, out _, out var error)
            .ShouldBeFalse();
        error.ShouldContain("Genesys:ApiBaseUrl 'ftp://api.mypurecloud.com/' is not an absolute http(s) address");
    }
}
