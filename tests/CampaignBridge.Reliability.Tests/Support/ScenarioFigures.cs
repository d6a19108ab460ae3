namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>What one reliability scenario did, as written to <c>reliability.json</c> and quoted by docs/reliability.md.</summary>
/// <param name="Suite">Faults, BadInput or Secrets.</param>
/// <param name="Scenario">What was injected or sent.</param>
/// <param name="Requests">Calls made to CampaignBridge (function invocations, Outbound Message deliveries, flush ticks are not counted).</param>
/// <param name="Succeeded">Calls that succeeded.</param>
/// <param name="FailedClearly">Calls that failed with a clear error (status, stable code and an explanation).</param>
/// <param name="FailedUnclearly">Calls that failed any other way (must be 0).</param>
/// <param name="ContactsLost">Contacts accepted but not in Genesys at the end (must be 0).</param>
/// <param name="ContactsDuplicated">Contacts present more than once or written again after Genesys had accepted them (must be 0).</param>
/// <param name="UpstreamCalls">Requests the Genesys emulator received during the scenario.</param>
/// <param name="Notes">What else was observed.</param>
public sealed record ScenarioFigures(
    string Suite,
    string Scenario,
    int Requests,
    int Succeeded,
    int FailedClearly,
    int FailedUnclearly,
    int ContactsLost,
    int ContactsDuplicated,
    int UpstreamCalls,
    string Notes);
