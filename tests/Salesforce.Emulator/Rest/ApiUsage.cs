namespace Salesforce.Emulator;

/// <summary>The org's API usage as <c>Sforce-Limit-Info: api-usage=Used/Limit</c> reports it.</summary>
/// <param name="Used">Requests counted in the last 24 h of emulator time.</param>
/// <param name="Limit">The daily allocation.</param>
public sealed record ApiUsage(int Used, int Limit);
