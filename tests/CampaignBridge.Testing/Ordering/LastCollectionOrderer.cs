using Xunit.Sdk;
using Xunit.v3;

namespace CampaignBridge.Testing.Ordering;

/// <summary>
/// Runs the test collections by name, except those whose name contains <paramref name="lastCollection"/>, which run
/// after all others: a scan of everything a run logged must see every other test's lines. Subclass it with a
/// parameterless constructor for <c>[assembly: TestCollectionOrderer]</c>.
/// </summary>
public abstract class LastCollectionOrderer(string lastCollection) : ITestCollectionOrderer
{
    /// <inheritdoc />
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : notnull, ITestCollection
        => [.. testCollections
            .OrderBy(c => c.TestCollectionDisplayName.Contains(lastCollection, StringComparison.Ordinal) ? 1 : 0)
            .ThenBy(c => c.TestCollectionDisplayName, StringComparer.Ordinal)];
}
