using System.Diagnostics;
using System.Globalization;
using CampaignBridge.Benchmarks.Harness;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Salesforce;
using CampaignBridge.Testing.Http;
using CampaignBridge.Testing.Salesforce;
using CampaignBridge.Testing.Storage;
using GenesysCloud.Emulator;

namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Scenario 9: the largest Outbound Messages Salesforce plausibly sends (100 Leads, every standard text field at its
/// maximum length, <see cref="LeadOutboundMessage"/>) through <c>ReceiveOutboundMessage</c> of the real container, with
/// the outbox in Azurite: the exact ACK, the time, and the app's peak managed heap above what it held before the
/// request (the request body itself, the bytes "on the wire", is allocated before the baseline is taken).
/// </summary>
internal static class OutboundMessageSizeScenario
{
    public const string Name = "9 outbound message size";

    private const string Mapping = "leads";

    /// <summary>Target: the receiver's extra heap for one message stays under this, whatever the message size.</summary>
    private const long HeapTargetBytes = 64L * 1024 * 1024;

    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        await using var emulator = await GenesysCloudEmulator.StartAsync(EmulatorSeed.Default);
        var results = new List<ScenarioResult>();
        foreach (var (filler, mapDescription) in new[] { ("x", false), ("é", false), ("漢", false), ("漢", true) })
        {
            results.Add(await MeasureAsync(emulator.BaseUrl, azurite.ConnectionString, filler, mapDescription));
        }

        return results;
    }

    private static async Task<ScenarioResult> MeasureAsync(Uri genesys, string storage, string filler, bool mapDescription)
    {
        var settings = AppContainer.Settings(genesys, storage);
        var section = $"Salesforce:OutboundMessages:{Mapping}";
        settings[$"{section}:ContactListId"] = EmulatorClients.ContactListId;
        foreach (var field in mapDescription ? ["FirstName", "LastName", "Phone", "MobilePhone", "Email", "Description"] : new[] { "FirstName", "LastName", "Phone", "MobilePhone", "Email" })
        {
            settings[$"{section}:Fields:{field}"] = field;
        }

        settings[$"{section}:PhoneColumns:0"] = "Phone";
        settings[$"{section}:PhoneColumns:1"] = "MobilePhone";
        await using var app = AppContainer.Build(settings);

        // Warm up (storage created, code jitted) with a small message of other notification ids.
        await ReceiveAsync(app, System.Text.Encoding.UTF8.GetBytes(LeadOutboundMessage.Build(1, organizationId: "00D000000000001").Replace("04l1I000000", "04l1I00000W", StringComparison.Ordinal)));

        var body = System.Text.Encoding.UTF8.GetBytes(LeadOutboundMessage.Build(LeadOutboundMessage.MaxNotifications, filler));
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak;
        ExecutedResponse answer;
        var clock = Stopwatch.StartNew();
        using (var memory = new PeakMemorySampler())
        {
            answer = await ReceiveAsync(app, body);
            peak = memory.PeakBytes;
        }

        clock.Stop();
        var acknowledged = answer.StatusCode == 200 && answer.Body == System.Text.Encoding.UTF8.GetString(SoapResponses.Acknowledgement.Span);
        var extra = Math.Max(0, peak - baseline);
        var label = $"100 Leads, text fields at maximum length of '{filler}' ({System.Text.Encoding.UTF8.GetByteCount(filler)} B/char), {(mapDescription ? "Description mapped" : "Description not mapped")}";
        return new ScenarioResult(
            Name,
            label,
            string.Create(CultureInfo.InvariantCulture, $"{body.Length / 1_000_000.0:F2} MB: {(acknowledged ? "exact ACK" : $"status {answer.StatusCode}")}, {clock.ElapsedMilliseconds} ms, peak heap +{extra / 1024.0 / 1024.0:F1} MB"),
            $"exact ACK, < {HeapTargetBytes / 1024 / 1024} MB",
            acknowledged && extra < HeapTargetBytes);
    }

    private static async Task<ExecutedResponse> ReceiveAsync(AppContainer app, byte[] body)
    {
        var request = FunctionRequests.Create(app.Services, "POST", $"/api/salesforce/outbound/{Mapping}");
        FunctionRequests.SetBody(request, body, SoapResponses.ContentType);
        var result = await app.Function<ReceiveOutboundMessage>().RunAsync(request, Mapping, CancellationToken.None).ConfigureAwait(false);
        return await FunctionResults.ExecuteAsync(request, result).ConfigureAwait(false);
    }
}
