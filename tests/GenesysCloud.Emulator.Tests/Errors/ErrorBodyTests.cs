using System.Net;
using System.Text;
using GenesysCloud.Emulator.Tests.Support;

namespace GenesysCloud.Emulator.Tests.Errors;

/// <summary>The Platform API ErrorBody and the ININ-Correlation-Id header, reference §4.1–§4.2 and §5.1 (request.bytes.max).</summary>
public sealed class ErrorBodyTests
{
    public static TheoryData<string, string, string, string, HttpStatusCode, string> ErrorSamples => new()
    {
        { "no token", "GET", "/api/v2/outbound/campaigns", "", HttpStatusCode.Unauthorized, "authentication.required" },
        { "view-only token", "POST", $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}/start", "", HttpStatusCode.Forbidden, "missing.any.permissions" },
        { "unknown campaign", "GET", $"/api/v2/outbound/campaigns/{SeedIds.UnknownGuid}", "", HttpStatusCode.NotFound, "not.found" },
        { "unknown contact list", "GET", $"/api/v2/outbound/contactlists/{SeedIds.UnknownGuid}", "", HttpStatusCode.NotFound, "contact.list.not.found" },
        { "unknown dnc list", "GET", $"/api/v2/outbound/dnclists/{SeedIds.UnknownGuid}", "", HttpStatusCode.NotFound, "dnc.list.not.found" },
        { "dnc.com append", "POST", $"/api/v2/outbound/dnclists/{SeedIds.DncComRegistry}/phonenumbers", """["+13175550100"]""", HttpStatusCode.BadRequest, "dnc.source.operation.not.supported" },
        { "too many bulk ids", "POST", ContactBodies.ContactsPath + "/bulk", "[" + string.Join(',', Enumerable.Range(0, 51).Select(i => $"\"c{i}\"")) + "]", HttpStatusCode.BadRequest, "too.many.contacts.requested" },
        { "malformed json", "POST", ContactBodies.ContactsPath, "[{\"id\":", HttpStatusCode.BadRequest, "bad.request" },
        { "unknown route", "GET", "/api/v2/outbound/nothing-here", "", HttpStatusCode.NotFound, "not.found" },
    };

    [Theory]
    [MemberData(nameof(ErrorSamples))]
    public async Task Every_error_is_an_error_body_whose_context_id_is_the_correlation_header(
        string situation, string method, string path, string json, HttpStatusCode status, string code)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = situation switch
        {
            "no token" => null,
            "view-only token" => await session.GetTokenAsync(SeedClients.ViewOnly),
            _ => await session.GetTokenAsync(),
        };

        using var response = await session.SendAsync(
            new HttpMethod(method), path, token, json.Length == 0 ? null : new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ShouldBeErrorBodyAsync(status, code);
    }

    [Fact]
    public async Task Successful_responses_carry_a_correlation_id_too_and_each_request_gets_its_own()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var first = await session.GetAsync("/api/v2/outbound/campaigns", token);
        using var second = await session.GetAsync("/api/v2/outbound/campaigns", token);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.CorrelationId().ShouldNotBeNullOrWhiteSpace();
        second.CorrelationId().ShouldNotBeNullOrWhiteSpace();
        first.CorrelationId().ShouldNotBe(second.CorrelationId());
    }

    [Fact]
    public async Task A_body_over_512000_bytes_is_413_with_the_size_limit_in_the_message()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.SendAsync(
            HttpMethod.Post, $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers", token, PaddedNumbers(512_001));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.RequestEntityTooLarge, TooLargeCode);
        body.GetProperty("message").GetString().ShouldBe("The request is over the size limit. Maximum bytes: 512000");
        var limit = body.GetProperty("limit");
        limit.GetProperty("key").GetString().ShouldBe("request.bytes.max");
        limit.GetProperty("namespace").GetString().ShouldBe("platform.api");
        limit.GetProperty("value").GetInt64().ShouldBe(512_000);
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_chunked_body_without_content_length_is_measured_too()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();
        var numbers = Enumerable.Range(0, 40_000).Select(i => $"+1317{i:D7}").ToArray();
        using var content = System.Net.Http.Json.JsonContent.Create(numbers);

        using var response = await session.SendAsync(HttpMethod.Post, $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers", token, content);

        content.Headers.ContentLength.ShouldBeNull("JsonContent streams without a length");
        await response.ShouldBeErrorBodyAsync(HttpStatusCode.RequestEntityTooLarge, TooLargeCode);
        session.Emulator.DncNumbersIn(SeedIds.InternalDnc).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_of_exactly_the_configured_maximum_is_accepted_and_one_byte_more_is_not()
    {
        await using var session = await EmulatorSession.StartAsync(Seeds.With(s => s.Settings.MaxRequestBytes = 2000));
        var token = await session.GetTokenAsync();
        const string Path = $"/api/v2/outbound/dnclists/{SeedIds.InternalDnc}/phonenumbers";

        using (var atLimit = await session.SendAsync(HttpMethod.Post, Path, token, PaddedNumbers(2000)))
        {
            await atLimit.ShouldBeEmptyOkAsync();
        }

        using var overLimit = await session.SendAsync(HttpMethod.Post, Path, token, PaddedNumbers(2001));
        var body = await overLimit.ShouldBeErrorBodyAsync(HttpStatusCode.RequestEntityTooLarge, TooLargeCode);
        body.GetProperty("message").GetString().ShouldBe("The request is over the size limit. Maximum bytes: 2000");
    }

    [Fact]
    public async Task A_json_endpoint_called_with_another_content_type_is_415_unsupported_media_type()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.SendAsync(
            HttpMethod.Post, ContactBodies.ContactsPath, token, new StringContent("""[{"id":"c1"}]""", Encoding.UTF8, "text/plain"));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.UnsupportedMediaType, "unsupported.media.type");
        body.GetProperty("message").GetString().ShouldBe(
            "Unsupported Media Type - Unsupported or incorrect media type, such as an incorrect Content-Type value in the header.");
        session.Emulator.ContactsIn(SeedIds.ContactList).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"id": "5d1f7c0a-8b1e-4c1a-9f00-000000000001", "name": }""")]
    [InlineData("")]
    public async Task A_put_with_a_body_that_is_not_a_campaign_is_400_bad_request(string json)
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.SendAsync(
            HttpMethod.Put, $"/api/v2/outbound/campaigns/{SeedIds.SpringRenewals}", token, new StringContent(json, Encoding.UTF8, "application/json"));

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.BadRequest, "bad.request");
        body.GetProperty("message").GetString().ShouldBe("The request could not be understood by the server due to malformed syntax.");
    }

    [Fact]
    public async Task An_unknown_route_is_not_found_with_the_standard_message()
    {
        await using var session = await EmulatorSession.StartAsync();
        var token = await session.GetTokenAsync();

        using var response = await session.GetAsync("/api/v2/outbound/nothing-here", token);

        var body = await response.ShouldBeErrorBodyAsync(HttpStatusCode.NotFound, "not.found");
        body.GetProperty("message").GetString().ShouldBe("The requested resource was not found.");
    }

    /// <summary>A JSON array of phone numbers padded with whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    private static StringContent PaddedNumbers(int bytes)
    {
        const string Numbers = """["+13175550100"]""";
        return new StringContent(Numbers + new string(' ', bytes - Numbers.Length), Encoding.UTF8, "application/json");
    }

    /// <summary>§4.2 gives the 413 message but no code; pinned to the emulator's choice.</summary>
    private const string TooLargeCode = "request.entity.too.large";
}
