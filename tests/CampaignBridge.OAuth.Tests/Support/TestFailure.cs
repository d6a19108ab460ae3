namespace CampaignBridge.OAuth.Tests.Support;

/// <summary>A client's failure type as the cache sees it.</summary>
internal sealed class TestFailure(string errorCode, int statusCode, string hint, TimeSpan? retryAfter = null) : Exception(hint), IUpstreamFailure
{
    public const string Rejected = "test.rejected";

    public string ErrorCode { get; } = errorCode;

    public int StatusCode { get; } = statusCode;

    public string Hint { get; } = hint;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
