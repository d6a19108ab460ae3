using System.Net;
using System.Text;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>
/// A strict wire fake of an org, for byte-exact checks and answers the emulator cannot give (a foreign
/// <c>nextRecordsUrl</c>, a wrong result count, another <c>instance_url</c>). The token endpoint answers
/// <see cref="TokenAnswer"/>; REST requests get the scripted answers in order, and anything unscripted fails the test.
/// </summary>
internal sealed class ScriptedOrg : HttpMessageHandler
{
    public static readonly Uri MyDomain = new("https://acme.my.salesforce.com/");

    private readonly Queue<Func<HttpRequestMessage, HttpResponseMessage>> _answers = new();

    /// <summary>Every request received with its body, in order (token requests included).</summary>
    public List<(HttpRequestMessage Request, string? Body)> Received { get; } = [];

    public string TokenAnswer { get; set; } =
        """{"access_token":"00D5g000004XyZ1!AQ4AQH0dMHZfz972Szmp","instance_url":"https://acme.my.salesforce.com","id":"https://login.salesforce.com/id/00D5g000004XyZ1EAK/0055g00000IntgUAAR","token_type":"Bearer","issued_at":"1764602135123","signature":"x"}""";

    public ScriptedOrg Answer(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        _answers.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            foreach (var (name, value) in headers)
            {
                response.Headers.TryAddWithoutValidation(name, value);
            }

            return response;
        });
        return this;
    }

    public IEnumerable<(HttpRequestMessage Request, string? Body)> RestRequests
        => Received.Where(r => !r.Request.RequestUri!.AbsolutePath.EndsWith("/services/oauth2/token", StringComparison.Ordinal));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Received)
        {
            Received.Add((request, body));
        }

        if (request.RequestUri!.Host != MyDomain.Host)
        {
            throw new InvalidOperationException($"A request left the org: {request.Method} {request.RequestUri}");
        }

        HttpResponseMessage response;
        if (request.RequestUri.AbsolutePath == "/services/oauth2/token")
        {
            response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(TokenAnswer, Encoding.UTF8, "application/json") };
        }
        else
        {
            Func<HttpRequestMessage, HttpResponseMessage>? answer;
            lock (_answers)
            {
                _answers.TryDequeue(out answer);
            }

            response = answer?.Invoke(request) ?? throw new InvalidOperationException($"Unexpected request {request.Method} {request.RequestUri}");
        }

        response.RequestMessage = request;
        return response;
    }
}
