namespace Salesforce.Emulator;

/// <summary>A per-record error of a collections result: <c>{statusCode, message, fields}</c> (reference §4.2 — statusCode, not errorCode).</summary>
internal sealed record SaveError(string StatusCode, string Message, IReadOnlyList<string> Fields);
