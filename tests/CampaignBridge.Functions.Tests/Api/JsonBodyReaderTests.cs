using System.Text;
using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.Tests.Infrastructure;

namespace CampaignBridge.Functions.Tests.Api;

public sealed class JsonBodyReaderTests
{
    private static Task<JsonBodyReadResult<RemoveContactsRequest>> ReadAsync(TestRequest request)
        => JsonBodyReader.ReadAsync<RemoveContactsRequest>(request.Build(), TestContext.Current.CancellationToken);

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=UTF-8")]
    public async Task Json_with_or_without_a_utf8_charset_is_accepted(string contentType)
    {
        var result = await ReadAsync(TestRequest.Post(null, "/x").WithBody("{\"contactIds\":[\"00Q5g00000AbCdE\"]}", contentType));

        result.Succeeded.ShouldBeTrue();
        result.Value.ContactIds.ShouldBe(["00Q5g00000AbCdE"]);
    }

    [Fact]
    public async Task A_body_of_exactly_the_limit_is_read()
    {
        var json = "{\"contactIds\":[]}";
        var body = json + new string(' ', JsonBodyReader.MaxBodyBytes - json.Length);

        var result = await ReadAsync(TestRequest.Post(null, "/x").WithChunkedBody(Encoding.UTF8.GetBytes(body), "application/json"));

        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_is_refused_before_reading()
    {
        var request = TestRequest.Post(null, "/x").WithBody("{}", "application/json").Build();
        request.ContentLength = JsonBodyReader.MaxBodyBytes + 1;

        var result = await JsonBodyReader.ReadAsync<RemoveContactsRequest>(request, TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        result.Problem.Status.ShouldBe(413);
        result.Problem.Code.ShouldBe(ApiErrorCodes.BodyTooLarge);
        request.Body.Position.ShouldBe(0);
    }

    [Fact]
    public async Task Apex_style_nulls_for_optional_members_are_accepted()
    {
        var result = await JsonBodyReader.ReadAsync<UpsertContactsRequest>(
            TestRequest.Post(null, "/x").WithBody("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"Email\":null}}],\"options\":null}", "application/json").Build(),
            TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeTrue();
        result.Value.Options.ShouldBeNull();
        result.Value.Contacts!.Single()!.Data!["Email"].ShouldBeNull();
    }
}
