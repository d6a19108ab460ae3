using CampaignBridge.Reliability.Tests.Support;

// One run record for the whole assembly: every host writes its log lines and responses into it, every scenario
// its figures; at the end it writes TestResults/reliability.json.
[assembly: AssemblyFixture(typeof(ReliabilityRun))]

// Serial, with the secrets scan last, so that the scan sees every log line and response the run produced.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer(typeof(SecretsScanLastOrderer))]
