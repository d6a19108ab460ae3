using CampaignBridge.Functions.Tests.Outbox.Support;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
