using CampaignBridge.Genesys.Tests.Support;
using CampaignBridge.OAuth;
using GenesysCloud.Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Genesys.Tests.Conversations;

/// <summary>
/// The dialing emulator behind the real client: Winback Q4 is off, Spring Renewals dials the contacts a test adds, and each
/// contact's number follows its script (<c>dialer.outcomesByNumber</c>), so every attempt ends as the test says, and no
/// result is retried: each contact is dialed once.
/// </summary>
internal sealed class DialedConversations : IAsyncDisposable
{
    /// <summary>Long enough for the dialer to reach a handful of contacts and for every call and after-call work to end.</summary>
    public static readonly TimeSpan AllCallsDone = TimeSpan.FromHours(1);

    private DialedConversations(GenesysHarness harness) => Harness = harness;

    public GenesysHarness Harness { get; }

    public GenesysCloudEmulator Emulator => Harness.Emulator;

    public IGenesysConversationClient Client => Harness.Services.GetRequiredService<IGenesysConversationClient>();

    /// <summary>The interval of the UTC day the harness clock starts on.</summary>
    public static string StartDay => ConversationQuery.FormatInterval(GenesysHarness.Start.Date, GenesysHarness.Start.Date.AddDays(1));

    /// <summary>Contact <c>C{n}</c>'s number (n from 1).</summary>
    public static string Number(int n) => $"+1317555{n:D4}";

    public static string ContactId(int n) => $"C{n}";

    /// <summary>
    /// Starts the emulator with one contact per script (<c>C1</c> on <see cref="Number"/>(1), ...), adds them and turns
    /// Spring Renewals on; <paramref name="seed"/> changes the seed further.
    /// </summary>
    public static async Task<DialedConversations> StartAsync(string[][] scripts, Action<EmulatorSeed>? seed = null, ClientCredentials? credentials = null)
    {
        var harness = await GenesysHarness.StartAsync(credentials, seed: s =>
        {
            Seeded.NoCampaignRunning(s);
            var once = RetryRuleSeed.After(0, 1);
            (s.Dialer.Retry.NoAnswer, s.Dialer.Retry.Busy, s.Dialer.Retry.Machine, s.Dialer.Retry.Fax, s.Dialer.Retry.InvalidNumber) = (once, once, once, once, once);
            for (var i = 0; i < scripts.Length; i++)
            {
                s.Dialer.OutcomesByNumber[Number(i + 1)] = [.. scripts[i]];
            }

            seed?.Invoke(s);
        });
        var world = new DialedConversations(harness);
        try
        {
            var contacts = scripts.Select((_, i) => new WritableDialerContact
            {
                Id = ContactId(i + 1),
                Data = new Dictionary<string, string> { ["FirstName"] = $"Contact {i + 1}", ["Phone"] = Number(i + 1) },
            }).ToList();
            var outbound = harness.Client;
            if (contacts.Count > 0)
            {
                await outbound.AddContactsAsync(Seeded.ContactListId, contacts, ContactWriteOptions.Default, TestContext.Current.CancellationToken);
            }

            await outbound.StartCampaignAsync(Seeded.SpringRenewals, TestContext.Current.CancellationToken);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>One page of the day's conversations of Spring Renewals, in conversation-end order.</summary>
    public Task<ConversationQueryResponse> QueryDayAsync(int pageSize = GenesysConversationLimits.MaxPageSize, int pageNumber = 1)
        => Client.QueryConversationDetailsAsync(new ConversationQuery
        {
            Interval = StartDay,
            Order = "asc",
            OrderBy = "conversationEnd",
            Paging = new PagingSpec(pageSize, pageNumber),
            SegmentFilters = [new ConversationFilter { Type = "or", Predicates = [new ConversationPredicate { Dimension = "outboundCampaignId", Value = Seeded.SpringRenewals }] }],
        }, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
