using Xunit.Sdk;
using Xunit.v3;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>Runs the test collections by name, except the secrets scan, which runs after all of them.</summary>
public sealed class SecretsScanLastOrderer : ITestCollectionOrderer
{
    public const string SecretsCollection = "Secrets scan";

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection
        => [.. testCollections
            .OrderBy(c => c.TestCollectionDisplayName.Contains(SecretsCollection, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(c => c.TestCollectionDisplayName, StringComparer.Ordinal)];
}
