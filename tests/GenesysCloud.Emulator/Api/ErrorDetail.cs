namespace GenesysCloud.Emulator;

/// <summary>Genesys <c>Detail</c>: one per-field problem inside an <see cref="ErrorBody"/>.</summary>
internal sealed record ErrorDetail(string ErrorCode, string? FieldName, string? EntityId = null, string? EntityName = null);
