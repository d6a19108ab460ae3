using System.Text.Json;
using Azure.Storage.Queues;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>Drives and inspects the outbox of a host with storage: Outbound Message deliveries, flush ticks, queue lengths, writes Genesys accepted.</summary>
public static class OutboxProbe
{
    public static async Task<FunctionAnswer> DeliverAsync(this ReliabilityHost host, string message, string mapping = ReliabilityHost.MappingName)
    {
        var request = host.Request("POST", $"/api/salesforce/outbound/{mapping}", message, "text/xml; charset=utf-8", "?code=function-key");
        return await host.CallEntryPointAsync(OutboundMessages.ReceiveEntryPoint, request, mapping, CancellationToken.None);
    }

    /// <summary>One run of the FlushContactOutbox timer function.</summary>
    public static Task FlushAsync(this ReliabilityHost host)
        => host.InvokeEntryPointAsync(OutboundMessages.FlushEntryPoint, new TimerInfo { IsPastDue = false }, CancellationToken.None);

    /// <summary>Flush ticks <paramref name="pause"/> apart until <paramref name="done"/> holds (bounded by <paramref name="budget"/> of real time); returns the ticks run.</summary>
    public static async Task<int> FlushUntilAsync(this ReliabilityHost host, Func<Task<bool>> done, TimeSpan budget, TimeSpan pause)
    {
        var deadline = DateTime.UtcNow + budget;
        var ticks = 0;
        while (DateTime.UtcNow < deadline && !await done())
        {
            await host.FlushAsync();
            ticks++;
            await Task.Delay(pause);
        }

        return ticks;
    }

    public static async Task<int> QueueLengthAsync(this ReliabilityHost host, bool poison = false)
    {
        var queue = new QueueClient(host.Settings["AzureWebJobsStorage"], host.Settings[poison ? "ContactSync:PoisonQueueName" : "ContactSync:QueueName"]);
        if (!await queue.ExistsAsync())
        {
            return 0;
        }

        return (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
    }

    /// <summary>Contact ids in every add-contacts request Genesys accepted, one entry per write (repeats = the same contact written again).</summary>
    public static IReadOnlyList<string> AcceptedContactWrites(this ReliabilityHost host)
    {
        var ids = new List<string>();
        foreach (var request in host.Emulator.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/contacts", StringComparison.Ordinal) && r.StatusCode == 200))
        {
            using var body = JsonDocument.Parse(request.Body);
            ids.AddRange(body.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
        }

        return ids;
    }
}
