namespace Salesforce.Emulator;

/// <summary>The emulated org.</summary>
public sealed class OrganizationSeed
{
    /// <summary>Organization id (<c>00D…</c>, 15 or 18 characters); characters 4–5 become the instance code of generated ids.</summary>
    public string Id { get; set; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>My Domain name (informational: the emulator's own origin plays the My Domain host).</summary>
    public string MyDomain { get; set; } = "";
}
