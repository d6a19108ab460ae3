using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// How far the way back is behind: results waiting for Salesforce (how many, the oldest's age), results given up (the
/// poison queue), a delivery pause, and how long ago the last read of Genesys finished (the lag). Fails with
/// <see cref="DiagnosticCheckNames.BacklogCode"/> when anything waits longer than <see cref="CallResultsOptions.BacklogAlertAge"/>,
/// something was given up, or delivery is paused.
/// </summary>
internal sealed class CallResultsBacklogCheck(
    SalesforceOrg org,
    IServiceProvider services,
    IOptions<CallResultsOptions> options,
    TimeProvider time,
    ILogger<CallResultsBacklogCheck> logger)
{
    public async Task RunAsync(List<DiagnosticCheck> checks, CancellationToken cancellationToken)
    {
        if (!org.IsConfigured)
        {
            checks.Add(DiagnosticChecks.NotConfigured(DiagnosticCheckNames.CallResultsBacklog, "Not checked: the way back is off.",
                "Set Salesforce:InstanceUrl to log call results in Salesforce."));
            return;
        }

        await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.CallResultsBacklog, () => MeasureAsync(cancellationToken), logger).ConfigureAwait(false);
    }

    private async Task<string> MeasureAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not injected: the way back's storage exists only when it is on.
        var lane = services.GetRequiredService<DeliveryLane<CallAttempt, CallResultMessage>>();
        var storage = lane.Storage;
        var alertAge = options.Value.BacklogAlertAge;
        var now = time.GetUtcNow();
        BacklogFigures figures;
        try
        {
            await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var waiting = (await storage.Queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
            var oldest = await OldestEnqueuedAtAsync(lane, cancellationToken).ConfigureAwait(false);
            var poisoned = (await storage.PoisonQueue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount;
            var firstGivenUp = poisoned > 0 ? await FirstGivenUpAsync(lane, cancellationToken).ConfigureAwait(false) : null;
            var pause = await lane.Pauses.GetAsync(cancellationToken).ConfigureAwait(false);
            var position = await services.GetRequiredService<ReaderPositionStore>().GetAsync(cancellationToken).ConfigureAwait(false);
            figures = new BacklogFigures(waiting, oldest is { } inserted ? now - inserted : null, poisoned, firstGivenUp, pause is { } p && p.Until > now ? p : null, position?.ReadAt is { } readAt ? now - readAt : null);
        }
        catch (Exception exception) when (StorageFailure.IsStorageFailure(exception))
        {
            throw new DiagnosticFailure("storage.unavailable", $"The way back's queues could not be read: {StorageFailure.Describe(exception)}.",
                "Check AzureWebJobsStorage (the storage account and the Function App's access to it).");
        }

        var summary = figures.Describe();
        var problems = new List<string>();
        if (figures.OldestAge > alertAge)
        {
            problems.Add($"the oldest result has waited {Minutes(figures.OldestAge.Value)}");
        }

        if (figures.ReadLag > alertAge)
        {
            problems.Add($"the last read of Genesys finished {Minutes(figures.ReadLag.Value)} ago");
        }

        if (figures.Poisoned > 0)
        {
            problems.Add($"{figures.Poisoned} results were given up (queue {storage.PoisonQueue.Name}; the first: {figures.FirstGivenUp ?? "unreadable"})");
        }

        if (figures.Pause is { } paused)
        {
            var why = paused.Reason.StartsWith(paused.Code, StringComparison.Ordinal) ? paused.Reason : $"{paused.Code}: {paused.Reason}";
            problems.Add($"delivery is paused until {paused.Until:u} ({why})");
        }

        if (problems.Count == 0)
        {
            return summary;
        }

        throw new DiagnosticFailure(DiagnosticCheckNames.BacklogCode, $"{summary} Behind: {string.Join("; ", problems)}.",
            "See the SyncCallResults logs: a Salesforce or Genesys error code there names what to fix; each result given up keeps its reason in the poison queue and in GetOperation.");
    }

    /// <summary>
    /// When the oldest waiting result was queued, on the app's clock (the message's own stamp, so the age is measured with one
    /// clock); the queue's insertion time for a message that cannot be read.
    /// </summary>
    private static async Task<DateTimeOffset?> OldestEnqueuedAtAsync(DeliveryLane<CallAttempt, CallResultMessage> lane, CancellationToken cancellationToken)
    {
        var (message, body) = await PeekFirstAsync(lane.Storage.Queue, lane.Json.Message, cancellationToken).ConfigureAwait(false);
        return body?.EnqueuedAt ?? message?.InsertedOn;
    }

    /// <summary>The oldest poison entry as an administrator needs it: the operation to look up and Salesforce's reason.</summary>
    private static async Task<string?> FirstGivenUpAsync(DeliveryLane<CallAttempt, CallResultMessage> lane, CancellationToken cancellationToken)
    {
        // A message that could not even be read was poisoned as it was: it has no reason to show.
        var (_, poisoned) = await PeekFirstAsync(lane.Storage.PoisonQueue, lane.Json.Poisoned, cancellationToken).ConfigureAwait(false);
        return poisoned is null ? null : $"operation {poisoned.Message.OperationId}, {DeliveryText.Truncate(poisoned.Reason)}";
    }

    /// <summary>The first message of <paramref name="queue"/> without taking it, and its body when it reads as <typeparamref name="T"/>.</summary>
    private static async Task<(PeekedMessage? Message, T? Body)> PeekFirstAsync<T>(QueueClient queue, JsonTypeInfo<T> json, CancellationToken cancellationToken)
        where T : class
    {
        var message = (await queue.PeekMessagesAsync(1, cancellationToken).ConfigureAwait(false)).Value.FirstOrDefault();
        if (message is null)
        {
            return (null, null);
        }

        try
        {
            return (message, JsonSerializer.Deserialize(message.Body.ToMemory().Span, json));
        }
        catch (JsonException)
        {
            return (message, null);
        }
    }

    private static string Minutes(TimeSpan age) => string.Create(CultureInfo.InvariantCulture, $"{age.TotalMinutes:0} min");

    private sealed record BacklogFigures(int Waiting, TimeSpan? OldestAge, int Poisoned, string? FirstGivenUp, DeliveryPause? Pause, TimeSpan? ReadLag)
    {
        public string Describe()
        {
            var oldest = OldestAge is { } age ? $" (oldest {Minutes(age)})" : string.Empty;
            var read = ReadLag is { } lag ? $"last read of Genesys {Minutes(lag)} ago" : "Genesys not read yet";
            return string.Create(CultureInfo.InvariantCulture, $"{Waiting} results wait for Salesforce{oldest}; {Poisoned} given up; {read}.");
        }
    }
}
