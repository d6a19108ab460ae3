using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>Where the SFDX project's source lives.</summary>
internal static class SalesforcePaths
{
    public static string ProjectRoot => RepositoryLayout.PathOf("src", "salesforce");

    public static string Metadata(params string[] relative) =>
        Path.Combine([ProjectRoot, "force-app", "main", "default", .. relative]);

    /// <summary>The way back's package directory (the Activity field and the Run As user's permission set), deployed on its own.</summary>
    public static string WayBackMetadata(params string[] relative) =>
        Path.Combine([ProjectRoot, "way-back", "main", "default", .. relative]);
}
