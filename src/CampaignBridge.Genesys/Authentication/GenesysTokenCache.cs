using CampaignBridge.OAuth;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Genesys.Authentication;

/// <summary>The Genesys Cloud token cache: the shared <see cref="AccessTokenCache"/> over the Genesys login service.</summary>
internal sealed class GenesysTokenCache(TokenEndpointClient endpoint, IGenesysCredentialSource credentials, TimeProvider timeProvider, ILogger<GenesysTokenCache> logger)
    : AccessTokenCache(endpoint, credentials, timeProvider, logger), IGenesysTokenProvider;
