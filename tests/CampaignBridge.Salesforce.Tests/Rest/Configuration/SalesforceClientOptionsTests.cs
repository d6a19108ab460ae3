using CampaignBridge.Salesforce.Rest;

namespace CampaignBridge.Salesforce.Tests.Rest.Configuration;

/// <summary>The defaults (pinned) and the startup validation with messages naming the setting.</summary>
public sealed class SalesforceClientOptionsTests
{
    [Fact]
    public void The_defaults_are_pinned()
    {
        var options = new SalesforceClientOptions();

        SalesforceClientOptions.SectionName.ShouldBe("Salesforce");
        options.InstanceUrl.ShouldBeNull();
        options.ApiVersion.ShouldBe("65.0");
        SalesforceClientOptions.MinimumApiVersion.ShouldBe("46.0");
        options.TotalTimeout.ShouldBe(TimeSpan.FromSeconds(100));
        options.AttemptTimeout.ShouldBe(TimeSpan.FromSeconds(30));
        options.TransientRetries.ShouldBe(2);
        options.MaxRetryAfter.ShouldBe(TimeSpan.FromSeconds(10));
        options.AssumedSessionLifetime.ShouldBe(TimeSpan.FromHours(2));
        options.ApiRequestReserve.ShouldBe(0.10);
        SalesforceRestLimits.MaxRecordsPerRequest.ShouldBe(200);
        SalesforceRestLimits.MaxQueryRecords.ShouldBe(10_000);
        SalesforceRestLimits.MaxQueryPages.ShouldBe(50);
        Soql.MaxInListValues.ShouldBe(200);
    }

    [Theory]
    [InlineData("https://acme.my.salesforce.com")]
    [InlineData("https://acme.my.salesforce.com/")]
    [InlineData("https://acme--uat.sandbox.my.salesforce.com")]
    [InlineData("http://127.0.0.1:5090")]
    [InlineData("http://localhost:5090/")]
    public void A_my_domain_origin_is_valid(string url)
    {
        var endpoints = SalesforceEndpoints.Resolve(new SalesforceClientOptions { InstanceUrl = new Uri(url) });

        endpoints.InstanceUri.AbsoluteUri.ShouldBe(url.TrimEnd('/') + "/");
        endpoints.TokenUri.AbsoluteUri.ShouldBe(url.TrimEnd('/') + "/services/oauth2/token");
        endpoints.DataPath.ShouldBe("services/data/v65.0/");
        Validate(new SalesforceClientOptions { InstanceUrl = new Uri(url) }).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("http://acme.my.salesforce.com", "uses http on the non-loopback host")]
    [InlineData("ftp://acme.my.salesforce.com", "is not an absolute https address")]
    [InlineData("https://acme.my.salesforce.com/services/data", "must be an origin only")]
    [InlineData("https://acme.my.salesforce.com/?x=1", "must be an origin only")]
    [InlineData("https://user:pw@acme.my.salesforce.com", "must be an origin only")]
    [InlineData("http://user:pw@acme.my.salesforce.com", "uses http on the non-loopback host")]
    [InlineData("ftp://user:pw@acme.my.salesforce.com", "is not an absolute https address")]
    [InlineData("https://login.salesforce.com", "generic login host")]
    [InlineData("https://TEST.salesforce.com", "generic login host")]
    public void A_bad_instance_url_is_refused_naming_the_setting(string? url, string problem)
    {
        var failures = Validate(new SalesforceClientOptions { InstanceUrl = url is null ? null : new Uri(url) });

        var failure = failures.ShouldHaveSingleItem();
        failure.ShouldStartWith("Salesforce:InstanceUrl");
        failure.ShouldContain(problem);
        failure.ShouldNotContain("pw@");
    }

    [Theory]
    [InlineData("65.0", "65.0")]
    [InlineData("v66.0", "66.0")]
    [InlineData(" 46.0 ", "46.0")]
    [InlineData("067.0", "67.0")]
    public void An_api_version_is_normalised(string version, string expected)
        => SalesforceEndpoints.Resolve(Valid(o => o.ApiVersion = version)).DataPath.ShouldBe($"services/data/v{expected}/");

    [Theory]
    [InlineData("45.0", "too old")]
    [InlineData("30.0", "too old")]
    [InlineData("latest", "is not a Salesforce API version")]
    [InlineData("65", "is not a Salesforce API version")]
    [InlineData("65.0.1", "is not a Salesforce API version")]
    [InlineData("", "is not a Salesforce API version")]
    public void A_bad_api_version_is_refused_naming_the_setting(string version, string problem)
    {
        var failure = Validate(Valid(o => o.ApiVersion = version)).ShouldHaveSingleItem();

        failure.ShouldStartWith("Salesforce:ApiVersion");
        failure.ShouldContain(problem);
    }

    public static TheoryData<string, string> BadNumbers => new()
    {
        { "total 0", "Salesforce:TotalTimeout" },
        { "total 11 min", "Salesforce:TotalTimeout" },
        { "attempt above total", "Salesforce:AttemptTimeout" },
        { "attempt 0", "Salesforce:AttemptTimeout" },
        { "retries -1", "Salesforce:TransientRetries" },
        { "retries 11", "Salesforce:TransientRetries" },
        { "retry-after -1", "Salesforce:MaxRetryAfter" },
        { "session 4 min", "Salesforce:AssumedSessionLifetime" },
        { "session 25 h", "Salesforce:AssumedSessionLifetime" },
        { "reserve -0.1", "Salesforce:ApiRequestReserve" },
        { "reserve 0.95", "Salesforce:ApiRequestReserve" },
        { "reserve NaN", "Salesforce:ApiRequestReserve" },
    };

    [Theory]
    [MemberData(nameof(BadNumbers))]
    public void A_setting_out_of_range_is_refused_naming_it(string change, string setting)
    {
        var options = Valid(o =>
        {
            _ = change switch
            {
                "total 0" => o.TotalTimeout = TimeSpan.Zero,
                "total 11 min" => o.TotalTimeout = TimeSpan.FromMinutes(11),
                "attempt above total" => o.AttemptTimeout = o.TotalTimeout + TimeSpan.FromSeconds(1),
                "attempt 0" => o.AttemptTimeout = TimeSpan.Zero,
                "retry-after -1" => o.MaxRetryAfter = TimeSpan.FromSeconds(-1),
                "session 4 min" => o.AssumedSessionLifetime = TimeSpan.FromMinutes(4),
                "session 25 h" => o.AssumedSessionLifetime = TimeSpan.FromHours(25),
                _ => TimeSpan.Zero,
            };
            o.TransientRetries = change switch { "retries -1" => -1, "retries 11" => 11, _ => o.TransientRetries };
            o.ApiRequestReserve = change switch { "reserve -0.1" => -0.1, "reserve 0.95" => 0.95, "reserve NaN" => double.NaN, _ => o.ApiRequestReserve };
        });

        // A zero total also puts the attempt timeout above it; the setting changed is named first.
        Validate(options)[0].ShouldStartWith(setting);
    }

    private static SalesforceClientOptions Valid(Action<SalesforceClientOptions> change)
    {
        var options = new SalesforceClientOptions { InstanceUrl = new Uri("https://acme.my.salesforce.com") };
        change(options);
        return options;
    }

    private static IReadOnlyList<string> Validate(SalesforceClientOptions options)
    {
        var result = new SalesforceClientOptionsValidator().Validate(null, options);
        return result.Succeeded ? [] : [.. result.Failures!];
    }
}
