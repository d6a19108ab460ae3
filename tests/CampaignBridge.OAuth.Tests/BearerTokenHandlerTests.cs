using System.Net;
using CampaignBridge.OAuth.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.OAuth.Tests;

public sealed class BearerTokenHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_request_carries_the_cached_token_as_a_bearer_token()
    {
        var (client, endpoint, api) = Create(new FakeTokenEndpoint(_time).Issue(TimeSpan.FromHours(1), "t1"), HttpStatusCode.OK, HttpStatusCode.OK);

        await client.GetAsync("https://api.example.test/one", Cancel);
        await client.GetAsync("https://api.example.test/two", Cancel);

        api.Authorizations.ShouldBe(["Bearer t1", "Bearer t1"]);
        endpoint.Requests.ShouldBe(1);
    }

    [Fact]
    public async Task A_401_discards_that_token_and_sends_the_request_once_more_with_a_new_one()
    {
        var endpoint = new FakeTokenEndpoint(_time).Issue(TimeSpan.FromHours(1), "stale").Issue(TimeSpan.FromHours(1), "fresh");
        var (client, _, api) = Create(endpoint, HttpStatusCode.Unauthorized, HttpStatusCode.OK);

        var response = await client.GetAsync("https://api.example.test/", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.Authorizations.ShouldBe(["Bearer stale", "Bearer fresh"]);
    }

    [Fact]
    public async Task A_second_401_is_returned_to_the_client_instead_of_looping()
    {
        var endpoint = new FakeTokenEndpoint(_time).Issue(TimeSpan.FromHours(1)).Issue(TimeSpan.FromHours(1));
        var (client, _, api) = Create(endpoint, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized);

        var response = await client.GetAsync("https://api.example.test/", Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.Authorizations.Count.ShouldBe(2);
        endpoint.Requests.ShouldBe(2);
    }

    private (HttpClient Client, FakeTokenEndpoint Endpoint, ScriptedApi Api) Create(FakeTokenEndpoint endpoint, params HttpStatusCode[] answers)
    {
        var cache = new AccessTokenCache(endpoint, new RotatingCredentials(new ClientCredentials("client-a", "secret-a")), _time, NullLogger.Instance);
        var api = new ScriptedApi(answers);
        return (new HttpClient(new BearerTokenHandler(cache) { InnerHandler = api }), endpoint, api);
    }

    /// <summary>Answers the scripted statuses in order and records each Authorization header; an extra request fails the test.</summary>
    private sealed class ScriptedApi(HttpStatusCode[] answers) : HttpMessageHandler
    {
        private int _next;

        public List<string> Authorizations { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Authorizations.Add(request.Headers.Authorization?.ToString() ?? "(none)");
            return _next < answers.Length
                ? Task.FromResult(new HttpResponseMessage(answers[_next++]))
                : throw new InvalidOperationException($"Unexpected request {request.RequestUri}.");
        }
    }
}
