using CampaignBridge.Functions.Errors;
using CampaignBridge.Genesys;

namespace CampaignBridge.Functions.Tests.Api;

public sealed class UpstreamProblemsTests
{
    [Theory]
    [InlineData(GenesysErrorCodes.UnauthorizedClient, 400, 502)]
    [InlineData(GenesysErrorCodes.InvalidClient, 400, 502)]
    [InlineData(GenesysErrorCodes.InvalidClient, 401, 502)]
    [InlineData(GenesysErrorCodes.TokenRejected, 401, 502)]
    [InlineData(GenesysErrorCodes.PermissionMissing, 403, 502)]
    [InlineData(GenesysErrorCodes.Unavailable, 503, 502)]
    [InlineData(GenesysErrorCodes.RateLimited, 429, 503)]
    [InlineData(GenesysErrorCodes.Timeout, 0, 504)]
    [InlineData(GenesysErrorCodes.NotFound, 404, 404)]
    [InlineData(GenesysErrorCodes.VersionConflict, 409, 409)]
    [InlineData(GenesysErrorCodes.Conflict, 409, 409)]
    [InlineData(GenesysErrorCodes.DncListFull, 400, 502)]
    [InlineData(GenesysErrorCodes.DncOrganizationFull, 400, 502)]
    [InlineData(GenesysErrorCodes.InvalidCampaignTransition, 400, 400)]
    [InlineData(GenesysErrorCodes.DncListNotInternal, 400, 400)]
    [InlineData(GenesysErrorCodes.InvalidContactColumns, 400, 400)]
    [InlineData(GenesysErrorCodes.BadRequest, 413, 413)]
    [InlineData(GenesysErrorCodes.BadRequest, 0, 400)]
    public void Genesys_failures_map_to_the_contracted_status(string code, int upstreamStatus, int expected)
        => UpstreamProblems.StatusFor(new GenesysApiException(code, "message", "hint", upstreamStatus)).ShouldBe(expected);

    [Fact]
    public void A_failure_after_earlier_chunks_were_written_says_how_many_genesys_accepted()
    {
        var failure = new GenesysApiException(GenesysErrorCodes.Unavailable, "message", "hint", 503).WithAcceptedBeforeFailure(2000);

        UpstreamProblems.FromGenesys(null, failure).Accepted.ShouldBe(2000);
    }

    [Fact]
    public void A_failure_before_anything_was_written_carries_no_accepted_count()
        => UpstreamProblems.FromGenesys(null, new GenesysApiException(GenesysErrorCodes.Unavailable, "message", "hint", 503)).Accepted.ShouldBeNull();

    [Fact]
    public void A_rate_limited_answer_carries_genesys_retry_after_and_ids()
    {
        var problem = UpstreamProblems.FromGenesys(null, new GenesysApiException(
            GenesysErrorCodes.RateLimited, "Too many requests.", "Slow down.", 429, "too.many.requests.retry.after", contextId: "ctx-1", retryAfter: TimeSpan.FromSeconds(7)));

        problem.Status.ShouldBe(503);
        problem.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        problem.GenesysCode.ShouldBe("too.many.requests.retry.after");
        problem.GenesysContextId.ShouldBe("ctx-1");
        problem.Hint.ShouldBe("Slow down.");
    }

    [Fact]
    public void A_503_without_retry_after_from_genesys_still_tells_the_caller_when_to_retry()
        => UpstreamProblems.FromGenesys(null, new GenesysApiException(GenesysErrorCodes.RateLimited, "m", "h", 429)).RetryAfter.ShouldBe(UpstreamProblems.DefaultRetryAfter);
}
