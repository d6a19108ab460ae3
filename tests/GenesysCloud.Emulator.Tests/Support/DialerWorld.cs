using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>
/// An emulator on a <see cref="FakeTimeProvider"/> for dialer tests: Winback Q4 is off (so only the campaign a test
/// starts dials the shared list), the outcome model is whatever the test sets, and time moves only when the test
/// advances it. Requests go over HTTP exactly as a client sends them; checks live in the tests.
/// </summary>
internal sealed class DialerWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    public const string ContactsPath = ContactBodies.ContactsPath;

    private DialerWorld(EmulatorSession session, FakeTimeProvider time, string token)
    {
        Session = session;
        Time = time;
        Token = token;
    }

    public EmulatorSession Session { get; }

    public FakeTimeProvider Time { get; }

    public string Token { get; }

    public GenesysCloudEmulator Emulator => Session.Emulator;

    public EmulatedDialer Dialer => Session.Emulator.Dialer;

    /// <summary>Starts the world; <paramref name="change"/> edits the seed after Winback Q4 was turned off.</summary>
    public static async Task<DialerWorld> StartAsync(Action<EmulatorSeed>? change = null)
    {
        var seed = Seeds.With(s =>
        {
            s.Campaigns.Single(c => c.Id == SeedIds.WinbackQ4).CampaignStatus = "off";
            change?.Invoke(s);
        });
        var time = new FakeTimeProvider(Start);
        var session = await EmulatorSession.StartAsync(seed, time);
        return new DialerWorld(session, time, await session.GetTokenAsync());
    }

    /// <summary>
    /// Starts a world with one contact per script — <c>c-1</c>, <c>c-2</c>, ... on Phone <c>+13175550101</c>,
    /// <c>+13175550102</c>, ... whose attempts follow the script (<c>dialer.outcomesByNumber</c>) — and starts Spring Renewals.
    /// </summary>
    public static async Task<DialerWorld> DialingAsync(params string[][] scripts)
    {
        var world = await StartAsync(s =>
        {
            for (var i = 0; i < scripts.Length; i++)
            {
                s.Dialer.OutcomesByNumber[ScriptedNumber(i + 1)] = [.. scripts[i]];
            }
        });
        await world.AddAsync([.. scripts.Select((_, i) => ContactBodies.Contact($"c-{i + 1}", $"Contact {i + 1}", ScriptedNumber(i + 1)))]);
        await world.StartCampaignAsync();
        return world;
    }

    /// <summary>The Phone number of contact <c>c-n</c> of <see cref="DialingAsync"/>.</summary>
    public static string ScriptedNumber(int n) => $"+131755501{n:D2}";

    /// <summary>Every attempt ends the same way (shares: 1 for <paramref name="outcome"/>, 0 for the rest).</summary>
    public static void Always(EmulatorSeed seed, DialOutcome outcome)
    {
        var shares = seed.Dialer.Outcomes;
        (shares.NoAnswer, shares.Busy, shares.Machine, shares.Fax, shares.InvalidNumber, shares.Connected) = (0, 0, 0, 0, 0, 0);
        switch (outcome)
        {
            case DialOutcome.NoAnswer: shares.NoAnswer = 1; break;
            case DialOutcome.Busy: shares.Busy = 1; break;
            case DialOutcome.Machine: shares.Machine = 1; break;
            case DialOutcome.Fax: shares.Fax = 1; break;
            case DialOutcome.InvalidNumber: shares.InvalidNumber = 1; break;
            default: shares.Connected = 1; break;
        }
    }

    /// <summary>POSTs contacts (query e.g. <c>?doNotQueue=true</c>) and fails the test unless they were accepted.</summary>
    public async Task AddAsync(string query, params JsonObject[] contacts)
    {
        using var response = await Session.PostJsonAsync(ContactsPath + query, Token, new JsonArray([.. contacts]));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
    }

    public Task AddAsync(params JsonObject[] contacts) => AddAsync("", contacts);

    public async Task StartCampaignAsync(string campaignId = SeedIds.SpringRenewals)
    {
        using var response = await Session.PostJsonAsync($"/api/v2/outbound/campaigns/{campaignId}/start", Token, null);
        await response.ShouldBeEmptyOkAsync();
    }

    public async Task StopCampaignAsync(string campaignId = SeedIds.SpringRenewals)
    {
        using var response = await Session.PostJsonAsync($"/api/v2/outbound/campaigns/{campaignId}/stop", Token, null);
        await response.ShouldBeEmptyOkAsync();
    }

    /// <summary>Moves the clock by <paramref name="slots"/> pace slots (one attempt each).</summary>
    public void AdvanceSlots(int slots) => Time.Advance(Dialer.Pace * slots);

    public async Task<string> StatusOfAsync(string campaignId = SeedIds.SpringRenewals) =>
        (await Session.GetCampaignAsync(campaignId, Token))["campaignStatus"]!.GetValue<string>();

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Session.GetAsync(path, Token);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    public async Task<JsonElement> ContactAsync(string contactId) =>
        await GetJsonAsync($"{ContactsPath}/{contactId}");

    /// <summary>A detail query that must answer 200.</summary>
    public async Task<JsonElement> QueryAsync(object body)
    {
        using var response = await Session.PostJsonAsync("/api/v2/analytics/conversations/details/query", Token, body);
        return await response.ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    /// <summary>The interval string of the UTC day the world starts on.</summary>
    public static string StartDay => $"{Start:yyyy-MM-dd}T00:00:00.000Z/{Start.AddDays(1):yyyy-MM-dd}T00:00:00.000Z";

    public ValueTask DisposeAsync() => Session.DisposeAsync();
}
