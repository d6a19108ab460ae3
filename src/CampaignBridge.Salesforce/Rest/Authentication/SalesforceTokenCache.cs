using CampaignBridge.OAuth;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Salesforce.Rest;

/// <summary>The Salesforce token cache: the shared <see cref="AccessTokenCache"/> over the org's token endpoint.</summary>
internal sealed class SalesforceTokenCache(SalesforceTokenEndpoint endpoint, ISalesforceCredentialSource credentials, TimeProvider timeProvider, ILogger<SalesforceTokenCache> logger)
    : AccessTokenCache(endpoint, credentials, timeProvider, logger), ISalesforceTokenProvider;
