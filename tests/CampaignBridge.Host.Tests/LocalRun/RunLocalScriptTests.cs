using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using CampaignBridge.Testing;

namespace CampaignBridge.Host.Tests.LocalRun;

/// <summary>
/// scripts/run-local.sh as far as this machine allows (<c>--check</c>: everything up to <c>func start</c>): it installs
/// what it needs, starts Azurite and both emulators (Genesys Cloud, Salesforce) and sees them answer, then either finds Core Tools (exit 0) or says
/// exactly that it cannot be had and what to install (exit 3); either way nothing it started is left running.
/// </summary>
public sealed partial class RunLocalScriptTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_local_run_script_starts_the_emulators_reports_on_Core_Tools_and_leaves_nothing_running()
    {
        int[] ports = [FreePort(), FreePort(), FreePort(), FreePort(), FreePort()];
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = RepositoryRoot.Find(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "bash", Path.Combine(RepositoryRoot.Find(), "scripts", "run-local.sh"), "--check" })
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's MSBuild variables would steer the script's `dotnet build`; a developer's shell has none.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["CAMPAIGNBRIDGE_STORAGE_PORTS"] = string.Join(',', ports[..3]);
        start.Environment["CAMPAIGNBRIDGE_EMULATOR_PORT"] = ports[3].ToString(CultureInfo.InvariantCulture);
        start.Environment["CAMPAIGNBRIDGE_SALESFORCE_PORT"] = ports[4].ToString(CultureInfo.InvariantCulture);

        var localSettings = Path.Combine(RepositoryRoot.Find(), "src", "CampaignBridge.Functions", "local.settings.json");
        var hadLocalSettings = File.Exists(localSettings);
        using var script = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = script.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = script.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = new CancellationTokenSource(Timeout);
        try
        {
            await script.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            script.Kill(entireProcessTree: true);
            throw;
        }

        var (standardOutput, standardError) = (await stdout, await stderr);
        if (!hadLocalSettings)
        {
            // The script copies the sample into place for `func start`; a test leaves the tree as it found it.
            File.Delete(localSettings);
        }

        output.WriteLine(standardOutput);
        output.WriteLine(standardError);

        standardOutput.ShouldContain("Azurite and both emulators answer");
        if (script.ExitCode == 3)
        {
            standardError.ShouldContain("Azure Functions Core Tools v4 ('func') cannot be had on this machine");
            standardError.ShouldContain("sudo apt-get install azure-functions-core-tools-4");
        }
        else
        {
            script.ExitCode.ShouldBe(0, standardError);
            standardOutput.ShouldContain("ready: would now run");
        }

        var groups = StoppedGroups().Match(standardOutput);
        groups.Success.ShouldBeTrue("the script names the process groups it stopped");
        foreach (var id in groups.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
        {
            IsRunning(id).ShouldBeFalse($"process {id} started by the script is still running");
        }

        foreach (var port in ports)
        {
            Listening(port).ShouldBeFalse($"127.0.0.1:{port} still listens after the script ended");
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool Listening(int port)
    {
        using var client = new TcpClient();
        try
        {
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"stopped what this script started \(process groups ([0-9 ]+);")]
    private static partial Regex StoppedGroups();
}
