namespace GenesysCloud.Emulator;

/// <summary>The Platform API <c>ErrorBody</c> (reference §4.1); every non-token error uses it. Null members are left out (the 429 has no <c>messageParams</c>, §8.4).</summary>
internal sealed record ErrorBody(
    string Message,
    string Code,
    int Status,
    string? EntityId,
    string? EntityName,
    string? MessageWithParams,
    IReadOnlyDictionary<string, string>? MessageParams,
    string ContextId,
    IReadOnlyList<ErrorDetail> Details,
    IReadOnlyList<ErrorBody> Errors,
    ErrorLimit? Limit);
