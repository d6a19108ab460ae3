using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.OutboundMessages;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;
using Microsoft.Extensions.Time.Testing;

namespace CampaignBridge.Functions.Tests.Dialing;

/// <summary>
/// The app over Azurite and a dialing Genesys emulator that share one <see cref="FakeTimeProvider"/>: only Spring Renewals
/// dials the shared list (Winback Q4 is off), and every number of <see cref="Number"/> answers and is wrapped up, so a
/// contact's pass ends with its first call and any further attempt on it is a redial the app caused. The campaign does
/// not complete when it runs out of contacts (it waits for more), so a contact requeued at any time would be dialed.
/// </summary>
internal sealed class DialingWorld : IAsyncDisposable
{
    public const string ContactListId = OutboxTestHost.ContactListId;
    public const string CampaignId = Seed.SpringRenewals;

    private DialingWorld(OutboxTestHost host) => Host = host;

    public OutboxTestHost Host { get; }

    public GenesysCloudEmulator Emulator => Host.Emulator;

    public FakeTimeProvider Time => Host.Time;

    /// <summary>Long enough for the dialer to reach every contact of a small list and for each call to end and be wrapped up.</summary>
    public static TimeSpan AllCallsDone { get; } = TimeSpan.FromHours(2);

    public static async Task<DialingWorld> StartAsync(string storage, Action<EmulatorSeed>? seed = null, Action<Dictionary<string, string?>>? settings = null)
    {
        var emulatorSeed = EmulatorSeed.Default;
        emulatorSeed.Campaigns.Single(c => c.Id == Seed.WinbackQ4).CampaignStatus = "off";
        emulatorSeed.Settings.CampaignCompletesWhenExhausted = false;
        for (var i = 0; i < 20; i++)
        {
            emulatorSeed.Dialer.OutcomesByNumber[Number(i)] = ["connected:Not interested"];
        }

        seed?.Invoke(emulatorSeed);
        var time = new FakeTimeProvider(OutboxTestHost.StartTime);
        var emulator = await GenesysCloudEmulator.StartAsync(emulatorSeed, time, TestContext.Current.CancellationToken);
        try
        {
            return new DialingWorld(OutboxTestHost.Create(emulator, storage, settings, time));
        }
        catch
        {
            await emulator.DisposeAsync();
            throw;
        }
    }

    /// <summary>The Phone of Outbound Message contact <paramref name="index"/> as the app stores it (E.164).</summary>
    public static string Number(int index) => OutboundMessageXml.E164(index);

    /// <summary>The Salesforce id of Outbound Message contact <paramref name="index"/>.</summary>
    public static string ContactId(int index) => OutboundMessageXml.ContactId(index);

    /// <summary>Every attempt on a contact so far (the dialer first catches up with the clock).</summary>
    public IReadOnlyList<DialAttempt> AttemptsOn(int index) => [.. Emulator.Dialer.Attempts.Where(a => a.ContactId == ContactId(index))];

    /// <summary>UpsertContacts with contacts <paramref name="indexes"/> (their Phone and LastName); <paramref name="query"/> e.g. <c>?mode=async</c>.</summary>
    public Task<TestResponse> UpsertAsync(IEnumerable<int> indexes, object? options = null, string query = "")
    {
        var contacts = indexes.Select(i => new { id = ContactId(i), data = new Dictionary<string, string> { ["LastName"] = $"Lead {i}", ["Phone"] = Number(i) } }).ToList();
        object body = options is null ? new { contacts } : new { contacts, options };
        return CampaignBridgeApp.SendAsync(
            TestRequest.Post(Host.Services, $"/api/contactlists/{ContactListId}/contacts{query}").WithJson(body),
            r => Host.Create<UpsertContacts>().Run(r, ContactListId));
    }

    public Task<TestResponse> RemoveAsync(params int[] indexes)
        => CampaignBridgeApp.SendAsync(
            TestRequest.Post(Host.Services, $"/api/contactlists/{ContactListId}/contacts/remove").WithJson(new { contactIds = indexes.Select(ContactId).ToArray() }),
            r => Host.Create<RemoveContacts>().Run(r, ContactListId));

    public Task<TestResponse> StartCampaignAsync()
        => CampaignBridgeApp.SendAsync(TestRequest.Post(Host.Services, $"/api/campaigns/{CampaignId}/start"), r => Host.Create<StartCampaign>().Run(r, CampaignId));

    /// <summary>Posts an Outbound Message with one notification per contact; <paramref name="notification"/> offsets the notification ids (Salesforce gives every send its own).</summary>
    public async Task PostOutboundMessageAsync(IEnumerable<int> indexes, int notification = 0)
    {
        var notifications = indexes.Select(i => OutboundMessageXml.Contacts(1, i)[0] with { NotificationId = OutboundMessageXml.NotificationId(notification + i) });
        var answer = await OutboundMessagePosts.PostAsync(Host, OutboundMessageXml.Build(OutboxTestHost.OrganizationId, notifications));
        OutboundMessagePosts.ShouldBeAcknowledgement(answer);
    }

    /// <summary>One FlushContactOutbox tick.</summary>
    public Task<FlushResult> FlushAsync() => Host.Get<ContactOutboxFlusher>().FlushAsync(TestContext.Current.CancellationToken);

    /// <summary>Moves the shared clock on (the dialer places the attempts that fall due on its next read).</summary>
    public void Advance(TimeSpan by) => Time.Advance(by);

    public ValueTask DisposeAsync() => DisposeBothAsync();

    private async ValueTask DisposeBothAsync()
    {
        await Host.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
