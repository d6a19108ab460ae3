using CampaignBridge.Testing.Ordering;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>Runs the test collections by name, except the secrets scan, which runs after all of them.</summary>
public sealed class SecretsScanLastOrderer() : LastCollectionOrderer(SecretsCollection)
{
    public const string SecretsCollection = "Secrets scan";
}
