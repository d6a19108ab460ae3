using CampaignBridge.OAuth;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Hands out Salesforce access tokens (sessions of the External Client App's Run As user) from the per-instance cache;
/// for diagnostics ("can we get a token?"). Refusals throw <see cref="SalesforceApiException"/> with a
/// <c>salesforce.oauth.*</c> <see cref="SalesforceApiException.ErrorCode"/> and a hint for the Salesforce admin.
/// </summary>
public interface ISalesforceTokenProvider : IAccessTokenProvider;
