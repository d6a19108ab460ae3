using CampaignBridge.Host.Tests.Support;

// One app process for the whole assembly; serial, with the log scan of the whole run last.
[assembly: AssemblyFixture(typeof(CampaignBridgeProcess))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer(typeof(LogScanLastOrderer))]
