using CampaignBridge.Host.Tests.Support;

// One app process for the whole assembly; its log is scanned by the last collection.
[assembly: AssemblyFixture(typeof(CampaignBridgeProcess))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
