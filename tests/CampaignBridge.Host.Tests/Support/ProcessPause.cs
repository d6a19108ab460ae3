using System.Diagnostics;
using System.Globalization;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>Suspends a process this run started (<c>kill -STOP</c>) and resumes it (<c>kill -CONT</c>) when disposed.</summary>
internal sealed class ProcessPause : IDisposable
{
    private readonly int _processId;

    public ProcessPause(int processId)
    {
        _processId = processId;
        Signal("-STOP");
    }

    public void Dispose() => Signal("-CONT");

    private void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { signal, _processId.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false })
            ?? throw new InvalidOperationException("kill did not start.");
        kill.WaitForExit(5000).ShouldBeTrue("kill did not finish");
        kill.ExitCode.ShouldBe(0, $"kill {signal} {_processId}");
    }
}
