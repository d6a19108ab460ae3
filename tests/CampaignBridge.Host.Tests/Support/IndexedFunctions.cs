using System.Text.Json;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>
/// The functions the app declares, read from its generated functions.metadata when tests are discovered, so that a
/// new function gets a test row of its own (and fails until the tables below cover it). A test in
/// <c>FunctionLoadingTests</c> checks that the worker indexes exactly these.
/// </summary>
public static class IndexedFunctions
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Trigger)>> All = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(AppUnderTest.FunctionsMetadataPath));
        return document.RootElement.EnumerateArray()
            .Select(f => (f.GetProperty("name").GetString()!, f.GetProperty("bindings").EnumerateArray()
                .First(b => b.GetProperty("direction").GetString() == "In").GetProperty("type").GetString()!))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    });

    public static IReadOnlyList<string> Names => All.Value.Select(f => f.Name).ToList();

    public static TheoryData<string> Http() => [.. All.Value.Where(f => f.Trigger == "httpTrigger").Select(f => f.Name)];

    public static TheoryData<string> Timers() => [.. All.Value.Where(f => f.Trigger == "timerTrigger").Select(f => f.Name)];
}
