using CampaignBridge.Testing.Ordering;

namespace CampaignBridge.Host.Tests.Support;

/// <summary>Runs the test collections by name, except the log scan, which runs after all of them.</summary>
public sealed class LogScanLastOrderer() : LastCollectionOrderer(LogScanCollection)
{
    public const string LogScanCollection = "Log scan";
}
