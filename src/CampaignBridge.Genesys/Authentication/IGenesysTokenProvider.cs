using CampaignBridge.OAuth;

namespace CampaignBridge.Genesys;

/// <summary>
/// Hands out Genesys Cloud access tokens from the per-instance cache. Refusals throw <see cref="GenesysApiException"/>
/// (see <see cref="GenesysApiException.ErrorCode"/>).
/// </summary>
public interface IGenesysTokenProvider : IAccessTokenProvider;
