using CampaignBridge.Functions.Tests.Infrastructure;
using CampaignBridge.Functions.Tests.Outbox.Support;
using GenesysCloud.Emulator;
using Salesforce.Emulator;

namespace CampaignBridge.Functions.Tests.CallResults.Support;

/// <summary>
/// The campaign most way-back tests run: Ada buys; Grace does not answer, then is not interested; Edsger asks never to be
/// called; Barbara is busy three times; Alan's number is on the campaign's DNC list, so the dialer skips him without a call.
/// Leads arrive by Outbound Message, Contacts through the API; then the campaign starts.
/// </summary>
internal static class WayBackScenario
{
    /// <summary>Attempts the dialer places: Ada 1, Grace 2, Edsger 1, Barbara 3 (busy, at most 3 attempts).</summary>
    public const int Attempts = 7;

    /// <summary>Contacts the end-of-campaign sweep logs without a call (Alan).</summary>
    public const int SkippedWithoutCall = 1;

    /// <summary>Emulator time after which every attempt has ended and the campaign is complete.</summary>
    public static TimeSpan Duration { get; } = TimeSpan.FromHours(2);

    public static void Scripts(EmulatorSeed seed)
    {
        seed.Dialer.OutcomesByNumber[Person.Ada.Phone] = ["connected:Sale"];
        seed.Dialer.OutcomesByNumber[Person.Grace.Phone] = ["noAnswer", "connected:Not interested"];
        seed.Dialer.OutcomesByNumber[Person.Edsger.Phone] = ["connected:Do not call"];
        seed.Dialer.OutcomesByNumber[Person.Barbara.Phone] = ["busy"];
        seed.DncLists.Single(l => l.Id == Seed.InternalDnc).PhoneNumbers.Add(Person.Alan.Phone);
    }

    /// <summary>
    /// Starts the world with <see cref="Scripts"/>, sends the five people and starts the campaign (at <paramref name="startAt"/>
    /// of emulator time when given, else at <see cref="OutboxTestHost.StartTime"/>).
    /// </summary>
    public static async Task<WayBackWorld> StartAsync(
        AzuriteFixture azurite,
        Action<Dictionary<string, string?>>? settings = null,
        Action<EmulatorSeed>? genesysSeed = null,
        SalesforceSeed? salesforceSeed = null,
        DateTimeOffset? startAt = null)
    {
        var world = await WayBackWorld.StartAsync(azurite.ConnectionString, seed =>
        {
            Scripts(seed);
            genesysSeed?.Invoke(seed);
        }, settings, salesforceSeed);
        try
        {
            if (startAt is { } instant)
            {
                world.Time.SetUtcNow(instant);
            }

            await world.SendByOutboundMessageAsync(Person.Ada, Person.Grace, Person.Alan);
            await world.SendThroughTheApiAsync(Person.Edsger, Person.Barbara);
            await world.StartCampaignAsync();
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }
}
