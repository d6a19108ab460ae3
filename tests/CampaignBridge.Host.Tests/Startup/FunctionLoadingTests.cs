using System.Text.Json;
using CampaignBridge.Host.Tests.Support;

namespace CampaignBridge.Host.Tests.Startup;

public sealed class FunctionLoadingTests(CampaignBridgeProcess app, ITestOutputHelper output)
{
    [Fact]
    public void Every_function_of_functions_metadata_is_indexed_by_the_worker_and_loaded()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(AppUnderTest.FunctionsMetadataPath));
        var expected = metadata.RootElement.EnumerateArray().Select(f => f.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();

        foreach (var line in app.Host.Log.Lines)
        {
            output.WriteLine(line.ToString());
        }

        app.Host.Functions.Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(expected);
        app.Host.WorkerCapabilities.ShouldContainKey("HttpUri");
    }
}
