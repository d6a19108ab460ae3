namespace CampaignBridge.Genesys;

/// <summary>Names this assembly in tests and in DI scanning; carries no behaviour.</summary>
public static class AssemblyMarker;
