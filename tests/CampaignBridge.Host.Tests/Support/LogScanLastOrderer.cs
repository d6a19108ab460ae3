using Xunit.Sdk;
using Xunit.v3;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>Runs the test collections by name, except the log scan, which runs after all of them.</summary>
public sealed class LogScanLastOrderer : ITestCollectionOrderer
{
    public const string LogScanCollection = "Log scan";

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection
        => [.. testCollections
            .OrderBy(c => c.TestCollectionDisplayName.Contains(LogScanCollection, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(c => c.TestCollectionDisplayName, StringComparer.Ordinal)];
}
