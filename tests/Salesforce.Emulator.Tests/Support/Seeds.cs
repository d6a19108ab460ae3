namespace Salesforce.Emulator.Tests.Support;

/// <summary>Variations of the default seed (<see cref="SalesforceSeed.Default"/> is a fresh copy each time).</summary>
internal static class Seeds
{
    public static SalesforceSeed With(Action<SalesforceSeed> change)
    {
        var seed = SalesforceSeed.Default;
        change(seed);
        return seed;
    }

    public static SalesforceSeed WithSettings(Action<SalesforceSettings> change) => With(s => change(s.Settings));
}
