using CampaignBridge.Functions.Diagnostics;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Timer (<c>%Diagnostics:Schedule%</c>: the app setting <c>Diagnostics__Schedule</c>, which has no default in code;
/// infra/main.bicep and local.settings.sample.json set <c>0 */5 * * * *</c>, every 5 minutes) that runs the same connection checks as
/// <c>GetDiagnostics</c> (Genesys: Key Vault, token, permissions; with the way back on, Salesforce: consumer key and secret,
/// token, the fields written, and the call-results backlog), logs each failure with its code and hint, and stores the
/// report, so a broken secret, a removed role or a stuck backlog shows up in the logs before Salesforce users notice.
/// The name stays for the deployed timer (ARCHITECTURE.md), though it checks both sides now.
/// </summary>
internal sealed partial class ProbeGenesysConnection(IDiagnosticsRunner runner, DiagnosticsResultStore results, ILogger<ProbeGenesysConnection> logger)
{
    /// <summary>The app setting holding the NCRONTAB schedule.</summary>
    public const string ScheduleExpression = "%Diagnostics:Schedule%";

    [Function(nameof(ProbeGenesysConnection))]
    public async Task RunAsync([TimerTrigger(ScheduleExpression)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var report = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        foreach (var check in report.Checks.Where(c => !c.Ok))
        {
            LogCheckFailed(logger, check.Name, check.Code, check.Detail, check.Hint ?? string.Empty);
        }

        if (report.Checks.All(c => c.Ok))
        {
            LogHealthy(logger, report.Checks.Count);
        }

        await results.SaveAsync(report, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Connection check {Check} failed ({Code}): {Detail} Fix: {Hint}")]
    private static partial void LogCheckFailed(ILogger logger, string check, string code, string detail, string hint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection probe: all {Count} checks passed")]
    private static partial void LogHealthy(ILogger logger, int count);
}
