using System.Diagnostics;
using CampaignBridge.Testing;

namespace CampaignBridge.Host.Tests.ColdStart;

/// <summary>The Function App is published ReadyToRun for Linux x64 (the cold-start fix of docs/performance.md), and only when published.</summary>
public sealed class PublishSettingsTests
{
    [Theory]
    [InlineData("true", "true|linux-x64")]
    [InlineData("false", "|")]
    public async Task The_app_is_compiled_ahead_of_time_for_linux_x64_when_published_and_only_then(string publishing, string expected)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "msbuild", Path.Combine(RepositoryRoot.Find(), "src", "CampaignBridge.Functions", "CampaignBridge.Functions.csproj"),
            "-getProperty:PublishReadyToRun", "-getProperty:RuntimeIdentifier", $"-p:_IsPublishing={publishing}", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var msbuild = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = await msbuild.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await msbuild.WaitForExitAsync(TestContext.Current.CancellationToken);

        msbuild.ExitCode.ShouldBe(0, output);
        using var properties = System.Text.Json.JsonDocument.Parse(output);
        var values = properties.RootElement.GetProperty("Properties");
        $"{values.GetProperty("PublishReadyToRun").GetString()}|{values.GetProperty("RuntimeIdentifier").GetString()}".ShouldBe(expected);
    }
}
