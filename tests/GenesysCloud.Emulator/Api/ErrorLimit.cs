namespace GenesysCloud.Emulator;

/// <summary>Genesys <c>Limit</c> {key, namespace, value}: which limit a 429 breached.</summary>
internal sealed record ErrorLimit(string Key, string Namespace, int Value);
