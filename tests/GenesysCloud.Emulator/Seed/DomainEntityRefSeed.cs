namespace GenesysCloud.Emulator;

/// <summary>Genesys <c>DomainEntityRef</c> {id, name, selfUri}.</summary>
public sealed class DomainEntityRefSeed
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? SelfUri { get; set; }
}
