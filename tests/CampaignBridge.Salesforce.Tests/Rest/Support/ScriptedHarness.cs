using CampaignBridge.OAuth;
using CampaignBridge.Salesforce.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>The real container of <see cref="SalesforceRestServiceCollectionExtensions.AddSalesforceRest"/> over a <see cref="ScriptedOrg"/>.</summary>
internal sealed class ScriptedHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public ScriptedHarness(ClientCredentials? credentials = null)
    {
        Time = new FakeTimeProvider(SalesforceHarness.Start);
        var collection = new ServiceCollection();
        collection.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddSingleton<ISalesforceCredentialSource>(new TestCredentialSource(credentials ?? SeededOrg.CampaignBridge));
        collection.AddSalesforceRest(o => o.InstanceUrl = ScriptedOrg.MyDomain);
        collection.AddHttpClient(SalesforceTokenEndpoint.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Org);
        collection.AddHttpClient(SalesforceApiTransport.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Org);
        _services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public ScriptedOrg Org { get; } = new();

    public FakeTimeProvider Time { get; }

    public ISalesforceClient Client => _services.GetRequiredService<ISalesforceClient>();

    public ISalesforceTokenProvider Tokens => _services.GetRequiredService<ISalesforceTokenProvider>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public void Dispose() => _services.Dispose();
}
