using CampaignBridge.Infrastructure.Tests.Support;

namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>Where the SFDX project's source lives.</summary>
internal static class SalesforcePaths
{
    public static string ProjectRoot => RepositoryLayout.PathOf("src", "salesforce");

    public static string Metadata(params string[] relative) =>
        Path.Combine([ProjectRoot, "force-app", "main", "default", .. relative]);
}
