using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// Reads the last background probe for <c>GetDiagnostics</c>. The store lives in Storage, which may itself be what is
/// broken, so a failure to read it (or a missing store) leaves the summary out and never fails the live checks.
/// </summary>
/// <param name="store">Resolves the store on first use (it needs Storage settings the live checks do not).</param>
/// <param name="time">The clock of the read timeout.</param>
/// <param name="logger">Where an unreadable store is reported.</param>
public sealed partial class LastProbeReader(Func<IDiagnosticsReportStore> store, TimeProvider time, ILogger<LastProbeReader> logger)
{
    /// <summary>How long the live diagnostics wait for the stored report.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(2);

    /// <summary>The summary of the last stored probe, or null when there is none or it cannot be read now.</summary>
    public async Task<DiagnosticsProbeSummary?> TryReadAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(ReadTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var report = await store().GetLastAsync(linked.Token).ConfigureAwait(false);
            return report is null ? null : DiagnosticsProbeSummary.From(report);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogUnreadable(logger, exception.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The last background diagnostics report could not be read ({ExceptionType}); answering with the live checks only")]
    private static partial void LogUnreadable(ILogger logger, string exceptionType);
}
