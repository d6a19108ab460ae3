namespace GenesysCloud.Emulator;

/// <summary>An agent wrap-up code of the organization (Genesys <c>WrapupCode</c>: id and name; analytics carries the id).</summary>
public sealed class WrapUpCodeSeed
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }
}
