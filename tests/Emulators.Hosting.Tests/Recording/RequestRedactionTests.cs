namespace Emulators.Hosting.Tests.Recording;

/// <summary>What each emulator calls secret is replaced in headers, form bodies and query strings; everything else is kept.</summary>
public sealed class RequestRedactionTests
{
    private static readonly RequestRedaction Redaction = new(["Authorization"], ["client_secret", "assertion"], redactWhenRecorded: true);

    private static RecordedRequest Request(string query = "", string body = "", Dictionary<string, string>? headers = null) =>
        new("POST", "/token", query, headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), body, 200, DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData("Bearer abc.def", "Bearer [redacted]")]
    [InlineData("Basic Zm9vOmJhcg==", "Basic [redacted]")]
    [InlineData("rawtoken", "[redacted]")]
    public void A_secret_header_keeps_its_scheme_and_loses_its_value(string value, string expected)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["authorization"] = value, ["Accept"] = "application/json" };

        var redacted = Redaction.Apply(Request(headers: headers));

        redacted.Headers["Authorization"].ShouldBe(expected);
        redacted.Headers["Accept"].ShouldBe("application/json");
    }

    [Fact]
    public void Secret_form_fields_are_masked_and_the_others_kept()
    {
        var redacted = Redaction.Apply(Request(body: "grant_type=client_credentials&client_id=abc&client_secret=s3cr%2Bt&assertion=x.y.z"));

        redacted.Body.ShouldBe("grant_type=client_credentials&client_id=abc&client_secret=[redacted]&assertion=[redacted]");
    }

    [Fact]
    public void An_encoded_field_name_is_recognised()
    {
        Redaction.Apply(Request(body: "client%5Fsecret=abc")).Body.ShouldBe("client%5Fsecret=[redacted]");
    }

    [Fact]
    public void Secret_query_fields_are_masked()
    {
        Redaction.Apply(Request(query: "grant_type=x&client_secret=abc")).Query.ShouldBe("grant_type=x&client_secret=[redacted]");
    }

    [Fact]
    public void A_JSON_body_is_left_as_it_is()
    {
        const string Json = """{"client_secret=":"kept","records":[]}""";

        Redaction.Apply(Request(body: Json)).Body.ShouldBe(Json);
        Redaction.Apply(Request(body: "  [1,2]")).Body.ShouldBe("  [1,2]");
    }

    [Fact]
    public void The_recorder_stores_redacted_requests_when_the_policy_says_so_and_raw_ones_otherwise()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Authorization"] = "Bearer token" };
        var redacting = new RequestRecorder(Redaction);
        var raw = new RequestRecorder(new RequestRedaction(["Authorization"], [], redactWhenRecorded: false));

        redacting.Add(Request(headers: headers));
        raw.Add(Request(headers: headers));

        redacting.Snapshot().Single().Headers["Authorization"].ShouldBe("Bearer [redacted]");
        raw.Snapshot().Single().Headers["Authorization"].ShouldBe("Bearer token");
        raw.RedactedSnapshot().Single().Headers["Authorization"].ShouldBe("Bearer [redacted]");
        raw.Clear();
        raw.Snapshot().ShouldBeEmpty();
    }
}
