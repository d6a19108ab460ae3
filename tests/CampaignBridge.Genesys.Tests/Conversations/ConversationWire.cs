using System.Net;
using System.Text;
using CampaignBridge.Genesys.Authentication;
using CampaignBridge.Genesys.Conversations;
using CampaignBridge.Genesys.Http;
using CampaignBridge.Genesys.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// The real container (us-east-1) over strict wire fakes: <see cref="Api"/> for the Platform API and <see cref="Download"/>
/// for export downloads on another host. Each fails the test on any request it was not told to expect.
/// </summary>
internal sealed class ConversationWire : IDisposable
{
    public const string ApiBase = "https://api.mypurecloud.com/";
    public const string Token = "wire-token";

    private readonly ServiceProvider _services;

    /// <param name="time">The clock behind the operation budgets; the system clock when not given.</param>
    public ConversationWire(TimeProvider? time = null)
    {
        var login = new StrictHttpHandler().Expect(_ => Json($$"""{"access_token":"{{Token}}","token_type":"bearer","expires_in":86399}"""));
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSingleton<IGenesysCredentialSource>(new TestCredentialSource(Seeded.Local));
        services.AddGenesysCloud(o => o.Region = "us-east-1");
        services.AddHttpClient(TokenEndpointClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => login);
        services.AddHttpClient(GenesysApiTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Api);
        services.AddHttpClient(GenesysConversationClient.DownloadClientName).ConfigurePrimaryHttpMessageHandler(() => Download);
        _services = services.BuildServiceProvider();
    }

    public StrictHttpHandler Api { get; } = new();

    public StrictHttpHandler Download { get; } = new();

    public IGenesysConversationClient Client => _services.GetRequiredService<IGenesysConversationClient>();

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK)
        => new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Problem(HttpStatusCode status, string code, string message)
        => Json($$"""{"message":"{{message}}","code":"{{code}}","status":{{(int)status}}}""", status);

    public static HttpResponseMessage Csv(string text, bool byteOrderMark = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var content = new ByteArrayContent(byteOrderMark ? [.. Encoding.UTF8.GetPreamble(), .. bytes] : bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    public void Dispose() => _services.Dispose();
}
