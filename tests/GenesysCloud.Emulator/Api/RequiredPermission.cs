namespace GenesysCloud.Emulator;

/// <summary>Endpoint metadata: the permission an endpoint requires (checked after authentication).</summary>
internal sealed record RequiredPermission(string Permission);
