namespace CampaignBridge.Functions.Tests.CallResults.Support;

/// <summary>A Lead or Contact of the Salesforce emulator's default seed, as the app sends it to Genesys.</summary>
internal sealed record Person(string Id, string FirstName, string LastName, string Phone)
{
    public static Person Ada { get; } = new("00Q5g00000AbCdEEAV", "Ada", "Lovelace", "+13175550111");

    public static Person Grace { get; } = new("00Q5g00000AbCdFEAV", "Grace", "Hopper", "+13175550112");

    public static Person Alan { get; } = new("00Q5g00000AbCdGEAV", "Alan", "Turing", "+441315550113");

    public static Person Edsger { get; } = new("0035g00000XyZaAAAV", "Edsger", "Dijkstra", "+13175550131");

    public static Person Barbara { get; } = new("0035g00000XyZaCAAV", "Barbara", "Liskov", "+13175550133");
}
