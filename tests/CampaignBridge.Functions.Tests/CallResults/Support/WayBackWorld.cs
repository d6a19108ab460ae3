using System.Text.Json;
using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.OutboundMessages;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;
using Salesforce.Emulator;

namespace CampaignBridge.Functions.Tests.CallResults.Support;

/// <summary>
/// The whole loop on one <see cref="FakeTimeProvider"/>: the dialing Genesys emulator (only Spring Renewals dials the shared
/// list), the Salesforce emulator (its default org), Azurite with queue and table names of this world, and the app with the
/// way back on — Spring Renewals followed and tied to the Salesforce campaign "Winter Renewals", wrap-up codes mapped to
/// member statuses, "Do not call" to do-not-call and the Internal DNC list. <see cref="RestartAsync"/> builds a new app instance
/// over the same storage, as a restarted Function App.
/// </summary>
internal sealed class WayBackWorld : IAsyncDisposable
{
    public const string GenesysCampaignId = Seed.SpringRenewals;
    public const string SalesforceCampaignId = "7015g00000CmPgAAAV";
    public const string ContactListId = OutboxTestHost.ContactListId;

    private readonly Dictionary<string, string?> _settings;

    private WayBackWorld(GenesysCloudEmulator genesys, SalesforceEmulator salesforce, FakeTimeProvider time, Dictionary<string, string?> settings, string storage)
    {
        Genesys = genesys;
        Salesforce = salesforce;
        Time = time;
        _settings = settings;
        Storage = storage;
        App = Build();
    }

    public GenesysCloudEmulator Genesys { get; }

    public SalesforceEmulator Salesforce { get; }

    public FakeTimeProvider Time { get; }

    public string Storage { get; }

    /// <summary>The current app instance (replaced by <see cref="RestartAsync"/>).</summary>
    public OutboxTestHost App { get; private set; }

    /// <summary>One minute: the schedule the runs below follow (<c>0 */1 * * * *</c>).</summary>
    public static TimeSpan Schedule { get; } = TimeSpan.FromMinutes(1);

    public static async Task<WayBackWorld> StartAsync(
        string storage, Action<EmulatorSeed>? genesysSeed = null, Action<Dictionary<string, string?>>? settings = null, SalesforceSeed? salesforceSeed = null)
    {
        var time = new FakeTimeProvider(OutboxTestHost.StartTime);
        var seed = EmulatorSeed.Default;
        seed.Campaigns.Single(c => c.Id == Seed.WinbackQ4).CampaignStatus = "off";
        genesysSeed?.Invoke(seed);
        var genesys = await GenesysCloudEmulator.StartAsync(seed, time, TestContext.Current.CancellationToken);
        SalesforceEmulator? salesforce = null;
        try
        {
            salesforce = await SalesforceEmulator.StartAsync(salesforceSeed, time, TestContext.Current.CancellationToken);
            var all = OutboxTestHost.DefaultSettings(genesys.BaseUrl, storage);
            var suffix = AzuriteFixture.UniqueSuffix();
            all["Salesforce:AllowedOrganizationIds"] = salesforce.OrganizationId;
            all["Salesforce:InstanceUrl"] = salesforce.BaseUrl.ToString();
            all["Salesforce:ClientId"] = "3MVG9emu.CampaignBridge.Local";
            all["Salesforce:ClientSecret"] = "campaignbridge-local-secret";
            all["Salesforce:TransientRetries"] = "0"; // the run retries on its next tick; a client wait would run on the fake clock
            all["CallResults:Schedule"] = "0 */1 * * * *";
            all["CallResults:Campaigns:0:GenesysCampaignId"] = GenesysCampaignId;
            all["CallResults:Campaigns:0:SalesforceCampaignId"] = SalesforceCampaignId;
            all["CallResults:Outcomes:0:Result"] = "Sale";
            all["CallResults:Outcomes:0:CampaignMemberStatus"] = "Responded";
            all["CallResults:Outcomes:1:Result"] = "Not interested";
            all["CallResults:Outcomes:1:CampaignMemberStatus"] = "Not interested";
            all["CallResults:Outcomes:2:Result"] = "Do not call";
            all["CallResults:Outcomes:2:CampaignMemberStatus"] = "Do not call";
            all["CallResults:Outcomes:2:DoNotCall"] = "true";
            all["CallResults:DncListId"] = Seed.InternalDnc;
            all["CallResults:QueueName"] = $"call-results-{suffix}";
            all["CallResults:PoisonQueueName"] = $"call-results-poison-{suffix}";
            all["CallResults:OperationsTableName"] = $"crops{suffix}";
            all["CallResults:StateTableName"] = $"crstate{suffix}";
            all["CallResults:ConversationsTableName"] = $"crconv{suffix}";
            all["CallResults:PayloadContainerName"] = $"cr-payloads-{suffix}";
            settings?.Invoke(all);
            return new WayBackWorld(genesys, salesforce, time, all, storage);
        }
        catch
        {
            if (salesforce is not null)
            {
                await salesforce.DisposeAsync();
            }

            await genesys.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new app instance over the same emulators and storage; the old one is dropped without finishing anything.</summary>
    public async Task RestartAsync()
    {
        await App.DisposeAsync();
        App = Build();
    }

    /// <summary>Sends <paramref name="people"/> as an Outbound Message (ids and phones as Salesforce has them) and flushes the contact outbox.</summary>
    public async Task SendByOutboundMessageAsync(params Person[] people)
    {
        var notifications = people.Select((p, i) => new ContactNotification(OutboundMessageXml.NotificationId(i), p.Id, p.FirstName, p.LastName, p.Phone));
        OutboundMessagePosts.ShouldBeAcknowledgement(await OutboundMessagePosts.PostAsync(App, OutboundMessageXml.Build(Salesforce.OrganizationId, notifications)));
        (await App.Get<ContactSync.ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken)).ItemsDelivered.ShouldBe(people.Length);
    }

    /// <summary>Writes <paramref name="people"/> through UpsertContacts (synchronous).</summary>
    public async Task SendThroughTheApiAsync(params Person[] people)
    {
        var contacts = people.Select(p => new { id = p.Id, data = new Dictionary<string, string> { ["FirstName"] = p.FirstName, ["LastName"] = p.LastName, ["Phone"] = p.Phone } });
        (await CampaignBridgeApp.SendAsync(
            TestRequest.Post(App.Services, $"/api/contactlists/{ContactListId}/contacts").WithJson(new { contacts }),
            r => App.Create<UpsertContacts>().Run(r, ContactListId))).ShouldBeOk();
    }

    public async Task StartCampaignAsync()
        => (await CampaignBridgeApp.SendAsync(TestRequest.Post(App.Services, $"/api/campaigns/{GenesysCampaignId}/start"), r => App.Create<StartCampaign>().Run(r, GenesysCampaignId))).ShouldBeOk();

    /// <summary>One SyncCallResults run of the current instance.</summary>
    public Task<CallResultsRunResult> RunOnceAsync() => App.Get<CallResultsRun>().RunAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs SyncCallResults on its schedule for <paramref name="duration"/> of emulator time (the clock moves a schedule interval before each run).</summary>
    public async Task<IReadOnlyList<CallResultsRunResult>> RunForAsync(TimeSpan duration, Func<int, Task>? beforeRun = null)
    {
        var results = new List<CallResultsRunResult>();
        var runs = (int)Math.Ceiling(duration / Schedule);
        for (var i = 0; i < runs; i++)
        {
            Time.Advance(Schedule);
            if (beforeRun is not null)
            {
                await beforeRun(i);
            }

            results.Add(await RunOnceAsync());
        }

        return results;
    }

    /// <summary>The way back's delivery lane of the current instance (its queue, poison queue, operations, pause).</summary>
    public DeliveryLane<CallAttempt, CallResultMessage> Lane => App.Get<DeliveryLane<CallAttempt, CallResultMessage>>();

    /// <summary>What the poison queue holds: attempts given up, each entry with its reason.</summary>
    public async Task<IReadOnlyList<PoisonedDeliveryMessage<CallResultMessage>>> PoisonedAsync()
        => [.. (await OutboxTestHost.PeekAllAsync(Lane.Storage.PoisonQueue)).Select(m => JsonSerializer.Deserialize(m.Body.ToMemory().Span, Lane.Json.Poisoned)!)];

    /// <summary>Messages waiting on the way back's queue.</summary>
    public Task<int> WaitingAsync() => OutboxTestHost.QueueLengthAsync(Lane.Storage.Queue);

    /// <summary>GET diagnostics on the current instance: the report's checks by name.</summary>
    public async Task<Dictionary<string, JsonElement>> DiagnosticsAsync()
    {
        var answer = await CampaignBridgeApp.SendAsync(TestRequest.Get(App.Services, "/api/diagnostics"), r => App.Create<GetDiagnostics>().Run(r));
        return answer.Json.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
    }

    /// <summary>The status of <paramref name="person"/>'s membership in the followed Salesforce campaign.</summary>
    public string? MemberStatusOf(Person person)
        => Salesforce.CampaignMembers
            .Single(m => SameRecord(m.GetString("CampaignId"), SalesforceCampaignId) && (SameRecord(m.GetString("LeadId"), person.Id) || SameRecord(m.GetString("ContactId"), person.Id)))
            .GetString("Status");

    /// <summary>Whether two Salesforce ids name the same record (their first 15 characters; 18-character ids add a checksum).</summary>
    public static bool SameRecord(string? a, string b) => a is { Length: >= 15 } && string.Equals(a[..15], b[..15], StringComparison.Ordinal);

    /// <summary>Tasks in Salesforce that the way back wrote (they carry a conversation id).</summary>
    public IReadOnlyList<SalesforceRecord> LoggedCalls => [.. Salesforce.Tasks.Where(t => t.GetString(CallResultTask.ConversationIdField) is not null)];

    /// <summary>
    /// The loop's invariant: every attempt the dialer placed for the campaign is exactly one Task (same conversation id, on
    /// the attempt's contact), plus one Task per contact the sweep found skipped without a call; nothing else. Attempts in
    /// <paramref name="givenUp"/> (conversation ids the test made Salesforce refuse for good) have no Task instead.
    /// </summary>
    public void ShouldHaveLoggedEveryAttemptExactlyOnce(int skippedWithoutCall = 0, IReadOnlyCollection<string>? givenUp = null)
    {
        givenUp ??= [];
        var attempts = Genesys.Dialer.AttemptsOf(GenesysCampaignId);
        var tasks = LoggedCalls;
        var byConversation = tasks.GroupBy(t => t.GetString(CallResultTask.ConversationIdField)!, StringComparer.OrdinalIgnoreCase).ToList();
        byConversation.Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("no conversation is logged twice");
        foreach (var attempt in attempts)
        {
            var task = tasks.SingleOrDefault(t => string.Equals(t.GetString(CallResultTask.ConversationIdField), attempt.ConversationId, StringComparison.OrdinalIgnoreCase));
            if (givenUp.Contains(attempt.ConversationId, StringComparer.OrdinalIgnoreCase))
            {
                task.ShouldBeNull($"Salesforce refused attempt {attempt.ConversationId} for good");
                continue;
            }

            task.ShouldNotBeNull($"attempt {attempt.ConversationId} on {attempt.ContactId} ({attempt.Outcome}) has no Task: it was lost");
            task.GetString("WhoId").ShouldNotBeNull()[..15].ShouldBe(attempt.ContactId[..15], "the Task is on the attempt's Lead or Contact");
        }

        tasks.Count.ShouldBe(attempts.Count - givenUp.Count + skippedWithoutCall);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Salesforce.DisposeAsync();
        await Genesys.DisposeAsync();
    }

    private OutboxTestHost Build() => OutboxTestHost.Create(Genesys, Storage, s =>
    {
        s.Clear();
        foreach (var (key, value) in _settings)
        {
            s[key] = value;
        }
    }, Time);
}
