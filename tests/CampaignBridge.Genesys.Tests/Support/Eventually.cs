namespace CampaignBridge.Genesys.Tests.Support;

/// <summary>Waits (bounded, in small real-time polls) for background work such as a refresh-ahead request to land.</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string because, int maxPolls = 500)
    {
        for (var i = 0; i < maxPolls && !condition(); i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), TestContext.Current.CancellationToken);
        }

        condition().ShouldBeTrue(because);
    }
}
