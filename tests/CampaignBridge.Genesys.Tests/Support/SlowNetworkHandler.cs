using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Genesys.Tests.Support;

/// <summary>Simulates a slow network on the fake clock: every request to the API costs <paramref name="perRequest"/> of fake time.</summary>
internal sealed class SlowNetworkHandler(FakeTimeProvider time, TimeSpan perRequest) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        time.Advance(perRequest);
        return response;
    }
}
