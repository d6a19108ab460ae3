using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Timer (<c>%CallResults:Schedule%</c>; the app setting is required, there is no default in code) that reads new call
/// results from Genesys and delivers queued results to Salesforce. The host runs a timer on one instance at a time, so
/// this is the only reader of the Genesys results and the only writer of the queue's deliveries.
/// </summary>
internal sealed partial class SyncCallResults(SalesforceOrg org, Func<CallResultsRun> run, ILogger<SyncCallResults> logger)
{
    /// <summary>The app setting holding the NCRONTAB schedule.</summary>
    public const string ScheduleExpression = "%CallResults:Schedule%";

    [Function(nameof(SyncCallResults))]
    public async Task RunAsync([TimerTrigger(ScheduleExpression)] TimerInfo timer, CancellationToken cancellationToken)
    {
        if (!org.IsConfigured)
        {
            // The way back is off: its services (the Salesforce client) are not even registered.
            LogOff(logger);
            return;
        }

        await run().RunAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The way back is off (Salesforce:InstanceUrl is empty); nothing to read or deliver")]
    private static partial void LogOff(ILogger logger);
}
