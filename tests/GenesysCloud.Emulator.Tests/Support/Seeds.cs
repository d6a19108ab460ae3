namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>Variations of the default seed; <see cref="EmulatorSeed.Default"/> is a fresh copy each time.</summary>
internal static class Seeds
{
    public static EmulatorSeed With(Action<EmulatorSeed> change)
    {
        var seed = EmulatorSeed.Default;
        change(seed);
        return seed;
    }

    /// <summary>A preview campaign on the seeded contact list, as the seed file would describe it.</summary>
    public static CampaignSeed PreviewCampaign(string id, string name) => new()
    {
        Id = id,
        Name = name,
        Version = 1,
        CampaignStatus = "off",
        DialingMode = "preview",
        ContactList = new DomainEntityRefSeed { Id = SeedIds.ContactList, Name = "Salesforce Leads" },
        PhoneColumns = [new PhoneColumnSeed { ColumnName = "Phone", Type = "home" }],
        CallerName = "Acme",
        CallerAddress = "+13175550100",
    };
}
