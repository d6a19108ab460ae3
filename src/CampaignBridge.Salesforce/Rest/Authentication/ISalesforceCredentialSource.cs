using CampaignBridge.OAuth;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Supplies the consumer key and secret of the org's External Client App (client id / client secret; in Azure the Key
/// Vault secrets <c>salesforce-client-id</c> / <c>salesforce-client-secret</c>, locally configuration). Registered by the
/// application; <see cref="SalesforceRestServiceCollectionExtensions.AddSalesforceRest"/> requires one. Its own type,
/// so the Salesforce and the Genesys credentials live side by side in one container.
/// </summary>
public interface ISalesforceCredentialSource : IClientCredentialSource;
