using System.Net;
using System.Net.Http.Headers;
using CampaignBridge.Genesys.Errors;

namespace CampaignBridge.Genesys.Tests.Errors;

/// <summary>Platform error bodies the emulator does not produce (other wordings, odd bodies) still map to stable codes.</summary>
public sealed class GenesysErrorTranslatorTests
{
    [Fact]
    public void A_missing_permissions_message_without_params_still_names_the_permission()
    {
        var body = PlatformErrorBody.Parse("""
            {"message":"Unable to perform the requested action. You are missing the following permission(s): [outbound:contact:add]",
             "code":"missing.permissions","status":403,"contextId":"ctx-1","details":[],"errors":[]}
            """);

        var error = GenesysErrorTranslator.FromResponse(HttpStatusCode.Forbidden, body, "corr-1", null, "add contacts");

        error.ErrorCode.ShouldBe(GenesysErrorCodes.PermissionMissing);
        error.GenesysCode.ShouldBe("missing.permissions");
        error.Hint.ShouldContain("outbound:contact:add");
        error.Hint.ShouldContain("Outbound Admin");
        error.ContextId.ShouldBe("ctx-1");
        error.CorrelationId.ShouldBe("corr-1");
        error.Message.ShouldBe("Genesys Cloud add contacts failed with 403 missing.permissions: Unable to perform the requested action. You are missing the following permission(s): [outbound:contact:add]");
    }

    [Theory]
    [InlineData(400, "invalid.update.bad.status.transition", "The status transition is invalid.", GenesysErrorCodes.InvalidCampaignTransition)]
    [InlineData(400, "invalid.update", "An attempt was made to update a Campaign in an invalid way. Details: Invalid transition from <COMPLETE> to <OFF>", GenesysErrorCodes.InvalidCampaignTransition)]
    [InlineData(400, "bad.request", "The request could not be understood by the server due to malformed syntax.", GenesysErrorCodes.BadRequest)]
    [InlineData(413, "request.too.large", "The request is over the size limit. Maximum bytes: 512000", GenesysErrorCodes.BadRequest)]
    [InlineData(404, "resource.not.found", "The resource could not be found.", GenesysErrorCodes.NotFound)]
    [InlineData(409, "conflict", "The request conflicts with the current state of the target resource.", GenesysErrorCodes.Conflict)]
    [InlineData(400, "dnc.records.per.list.limit.exceeded", "", GenesysErrorCodes.DncListFull)]
    [InlineData(400, "dnc.phone.numbers.per.list.limit.exceeded", "", GenesysErrorCodes.DncListFull)]
    [InlineData(400, "dnc.records.per.organization.limit.exceeded", "", GenesysErrorCodes.DncOrganizationFull)]
    [InlineData(400, "dnc.phone.numbers.per.organization.limit.exceeded", "", GenesysErrorCodes.DncOrganizationFull)]
    [InlineData(408, "request.timeout", "The request timed out.", GenesysErrorCodes.Timeout)]
    [InlineData(504, "request.timeout", "The request timed out.", GenesysErrorCodes.Unavailable)]
    [InlineData(401, "authentication.required", "No authentication bearer token specified in authorization header.", GenesysErrorCodes.TokenRejected)]
    public void Upstream_statuses_and_codes_map_to_stable_codes(int status, string code, string message, string expected)
    {
        var body = PlatformErrorBody.Parse($$"""{"message":"{{message}}","code":"{{code}}","status":{{status}}}""");

        var error = GenesysErrorTranslator.FromResponse((HttpStatusCode)status, body, null, null, "op");

        error.ErrorCode.ShouldBe(expected);
        error.StatusCode.ShouldBe(status);
        error.GenesysCode.ShouldBe(code);
        error.Hint.ShouldNotBeNullOrWhiteSpace();
        error.RetryAfter.ShouldBeNull();
    }

    [Fact]
    public void Only_a_campaign_updates_409_is_a_stale_version()
    {
        var body = PlatformErrorBody.Parse("""{"message":"","code":"invalid.update.wrong.version","status":409}""");

        var update = GenesysErrorTranslator.FromResponse(HttpStatusCode.Conflict, body, null, null, "start campaign c-1", campaignUpdate: true);
        var other = GenesysErrorTranslator.FromResponse(HttpStatusCode.Conflict, body, null, null, "add contacts to list l-1");

        update.ErrorCode.ShouldBe(GenesysErrorCodes.VersionConflict);
        update.Hint.ShouldContain("stale version");
        other.ErrorCode.ShouldBe(GenesysErrorCodes.Conflict);
        other.Hint.ShouldNotContain("version");
        other.Hint.ShouldContain("add contacts to list l-1");
    }

    [Fact]
    public void A_full_dnc_list_says_which_quota_is_full_and_that_the_numbers_are_not_blocked()
    {
        var list = GenesysErrorTranslator.FromResponse(HttpStatusCode.BadRequest,
            PlatformErrorBody.Parse("""{"message":"limit","code":"dnc.records.per.list.limit.exceeded","status":400}"""), null, null, "add numbers to DNC list d-1");
        var org = GenesysErrorTranslator.FromResponse(HttpStatusCode.BadRequest,
            PlatformErrorBody.Parse("""{"message":"limit","code":"dnc.phone.numbers.per.organization.limit.exceeded","status":400}"""), null, null, "add numbers to DNC list d-1");

        list.Hint.ShouldContain("per list");
        list.Hint.ShouldContain("NOT added and may still be called");
        org.Hint.ShouldContain("across all its DNC lists");
        org.Hint.ShouldContain("NOT added and may still be called");
    }

    [Fact]
    public void A_missing_all_permissions_answer_names_every_permission_and_an_any_answer_asks_for_one_of_them()
    {
        var all = GenesysErrorTranslator.FromResponse(HttpStatusCode.Forbidden, PlatformErrorBody.Parse(
            """{"message":"You are missing the following permission(s): [outbound:campaign:edit, outbound:campaign:view]","code":"missing.permissions","status":403}"""), null, null, "op");
        var any = GenesysErrorTranslator.FromResponse(HttpStatusCode.Forbidden, PlatformErrorBody.Parse(
            """{"message":"You must have at least one of the following permissions assigned: [outbound:contact:add, outbound:contact:edit]","code":"missing.any.permissions","status":403}"""), null, null, "op");

        all.Hint.ShouldContain("lacks outbound:campaign:edit, outbound:campaign:view");
        any.Hint.ShouldContain("lacks one of outbound:contact:add, outbound:contact:edit");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad Gateway</html>")]
    [InlineData("[1,2]")]
    [InlineData("""{"message":42,"messageParams":{"n":7}}""")]
    public void Bodies_that_are_not_an_error_body_are_tolerated(string content)
    {
        var body = PlatformErrorBody.Parse(content);

        var error = GenesysErrorTranslator.FromResponse(HttpStatusCode.BadGateway, body, null, null, "get campaign");

        error.ErrorCode.ShouldBe(GenesysErrorCodes.Unavailable);
        error.Message.ShouldStartWith("Genesys Cloud get campaign failed with 502");
    }

    [Fact]
    public void A_429_without_retry_after_waits_one_second()
    {
        var error = GenesysErrorTranslator.FromResponse(HttpStatusCode.TooManyRequests, PlatformErrorBody.Empty, null, null, "op");

        error.ErrorCode.ShouldBe(GenesysErrorCodes.RateLimited);
        error.RetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Retry_after_is_read_as_seconds_or_as_a_date()
    {
        using var seconds = new HttpResponseMessage();
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(42));
        using var date = new HttpResponseMessage();
        var now = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(10));

        GenesysErrorTranslator.RetryAfter(seconds.Headers, now).ShouldBe(TimeSpan.FromSeconds(42));
        GenesysErrorTranslator.RetryAfter(date.Headers, now).ShouldBe(TimeSpan.FromSeconds(10));
    }
}
