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

    [Theory]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"Email\":null}}]}", "$.contacts[0].data.Email")]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"A\":\"x\"}}],\"options\":null}", "$.options")]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"A\":\"x\"}}],\"options\":{\"priority\":null}}", "$.options.priority")]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"A\":\"x\"}},null]}", "$.contacts[1]")]
    [InlineData("{\"contacts\":null}", "$.contacts")]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"first name\":null}}]}", "$.contacts[0].data['first name']")]
    public async Task A_JSON_null_anywhere_below_the_root_is_refused_with_a_400_naming_its_path(string body, string path)
    {
        var result = await JsonBodyReader.ReadAsync<UpsertContactsRequest>(
            TestRequest.Post(null, "/x").WithBody(body, "application/json").Build(), TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        result.Problem.Status.ShouldBe(400);
        result.Problem.Code.ShouldBe(ApiErrorCodes.NullValue);
        result.Problem.Field.ShouldBe(path);
        result.Problem.Detail.ShouldContain(path);
    }

    [Theory]
    [InlineData("{\"contactIds\":[\"00Q5g00000AbCdE\"],\"contactIds\":[]}", "$.contactIds")]
    [InlineData("{\"contacts\":[{\"id\":\"00Q5g00000AbCdE\",\"data\":{\"Phone\":\"1\",\"Phone\":\"2\"}}]}", "$.contacts[0].data.Phone")]
    public async Task A_member_repeated_in_one_object_is_refused_instead_of_the_last_one_winning(string body, string path)
    {
        var result = await JsonBodyReader.ReadAsync<UpsertContactsRequest>(
            TestRequest.Post(null, "/x").WithBody(body, "application/json").Build(), TestContext.Current.CancellationToken);

        result.Succeeded.ShouldBeFalse();
        result.Problem.Code.ShouldBe(ApiErrorCodes.DuplicateField);
        result.Problem.Field.ShouldBe(path);
    }

    [Theory]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    public async Task A_quoted_utf8_charset_is_the_same_charset_and_is_accepted(string contentType)
    {
        var result = await ReadAsync(TestRequest.Post(null, "/x").WithBody("{\"contactIds\":[\"00Q5g00000AbCdE\"]}", contentType));

        result.Succeeded.ShouldBeTrue(result.Problem?.Detail);
    }

    [Theory]
    [InlineData("application/json; charset=\"latin1\"")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Another_charset_quoted_or_not_is_refused_with_415(string contentType)
    {
        var result = await ReadAsync(TestRequest.Post(null, "/x").WithBody("{\"contactIds\":[]}", contentType));

        result.Problem.ShouldNotBeNull().Status.ShouldBe(415);
    }

    [Fact]
    public async Task A_body_that_breaks_off_is_a_400_of_the_caller_not_an_unexpected_failure()
    {
        var request = TestRequest.Post(null, "/x").WithBody("{}", "application/json").Build();
        request.Body = new BreakingStream("{\"contactIds\":["u8.ToArray());

        var result = await JsonBodyReader.ReadAsync<RemoveContactsRequest>(request, TestContext.Current.CancellationToken);

        result.Problem.ShouldNotBeNull().Status.ShouldBe(400);
        result.Problem.Code.ShouldBe(ApiErrorCodes.IncompleteBody);
    }

    /// <summary>Yields its bytes, then fails as Kestrel does when a chunk is malformed.</summary>
    private sealed class BreakingStream(byte[] start) : MemoryStream(start)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new Microsoft.AspNetCore.Http.BadHttpRequestException("Bad chunk size data.");
        }
    }
}
