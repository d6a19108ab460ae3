using CampaignBridge.OAuth;

namespace CampaignBridge.Genesys;

/// <summary>
/// Supplies the Genesys OAuth client credentials (e.g. from Azure Key Vault). Registered by the application;
/// <see cref="GenesysServiceCollectionExtensions.AddGenesysCloud"/> requires one. Its own type, so the Genesys and the
/// Salesforce credentials can live side by side in one container.
/// </summary>
public interface IGenesysCredentialSource : IClientCredentialSource;
