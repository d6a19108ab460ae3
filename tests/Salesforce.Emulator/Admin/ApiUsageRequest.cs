namespace Salesforce.Emulator;

/// <summary>Body of <c>POST /__emulator/api-usage</c>: calls already used (now) and optionally a new daily limit.</summary>
internal sealed record ApiUsageRequest(int Used, int? Limit);
