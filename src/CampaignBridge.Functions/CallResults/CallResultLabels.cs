namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Words for the dialer's system results (reference genesys-call-results.md §2.1). The list is open: an unknown
/// <c>ININ-*</c> / <c>OUTBOUND-*</c> code is a generic <see cref="SystemResult"/>, as the reference asks (the Task's
/// description keeps the code itself). Agent results are shown by their wrap-up code's name.
/// </summary>
internal static class CallResultLabels
{
    /// <summary>Results of contacts the dialer skipped without placing a call: no conversation exists for them.</summary>
    public static readonly IReadOnlyList<string> SkippedWithoutCall =
    [
        "ININ-OUTBOUND-ON-DO-NOT-CALL-LIST",
        "ININ-OUTBOUND-DNC-SKIPPED",
        "ININ-OUTBOUND-CONTACT-UNCALLABLE-SKIPPED",
        "ININ-OUTBOUND-NUMBER-UNCALLABLE-SKIPPED",
        "ININ-OUTBOUND-CONTACT-ATTEMPT-LIMIT-SKIPPED",
        "ININ-OUTBOUND-NUMBER-ATTEMPT-LIMIT-SKIPPED",
        "ININ-OUTBOUND-ZONE-BLOCKED-SKIPPED",
        "ININ-OUTBOUND-AUTOMATIC-TIME-ZONE-BLOCKED-SKIPPED",
        "ININ-OUTBOUND-NO-CALLABLE-NUMBERS-SKIPPED",
        "ININ-OUTBOUND-RULE-SKIPPED",
    ];

    /// <summary>The label of a system code this list does not know yet.</summary>
    public const string SystemResult = "System result";

    /// <summary>The label of a call logged at hang-up, before the agent's wrap-up gives it its result.</summary>
    public const string AwaitingWrapUp = "Connected, awaiting wrap-up";

    /// <summary>The label of a result with no wrap-up at all (the agent never wrapped up within the grace period).</summary>
    public const string NoWrapUp = "No wrap-up";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ININ-OUTBOUND-NO-ANSWER"] = "No answer",
        ["ININ-OUTBOUND-BUSY"] = "Busy",
        ["ININ-OUTBOUND-MACHINE"] = "Answering machine",
        ["ININ-OUTBOUND-LINE-CONNECTED"] = "Answering machine",
        ["ININ-OUTBOUND-FAX"] = "Fax",
        ["ININ-OUTBOUND-SIT-CALLABLE"] = "Invalid number",
        ["ININ-OUTBOUND-SIT-UNCALLABLE"] = "Invalid number",
        ["ININ-OUTBOUND-INVALID-PHONE-NUMBER"] = "Invalid number",
        ["ININ-OUTBOUND-PREVIEW-ERROR-PHONE-NUMBER"] = "Invalid number",
        ["ININ-OUTBOUND-NUMBER_COULD_NOT_BE_DIALED"] = "Number could not be dialed",
        ["ININ-OUTBOUND-ON-DO-NOT-CALL-LIST"] = "On a do-not-call list",
        ["ININ-OUTBOUND-DNC-SKIPPED"] = "On a do-not-call list",
        ["ININ-OUTBOUND-DISCONNECT"] = "Disconnected",
        ["ININ-OUTBOUND-FAILED-TO-REACH-AGENT"] = "Abandoned",
        ["ININ-OUTBOUND-ABANDON"] = "Abandoned",
        ["ININ-OUTBOUND-TRANSFERRED-TO-FLOW"] = "Handled by a flow",
        ["ININ-OUTBOUND-PREVIEW-SKIPPED"] = "Skipped by the agent",
        ["ININ-WRAP-UP-TIMEOUT"] = "Wrap-up timed out",
    };

    /// <summary>
    /// What a result is called in Salesforce: the wrap-up name, a word for a system code (<see cref="SystemResult"/> for an
    /// unknown one), or, for an agent code whose name is unknown (deleted), the code itself.
    /// </summary>
    public static string Describe(string? result, string? wrapUpName)
    {
        if (!string.IsNullOrWhiteSpace(wrapUpName))
        {
            return wrapUpName;
        }

        if (string.IsNullOrWhiteSpace(result))
        {
            return NoWrapUp;
        }

        if (Labels.TryGetValue(result, out var label))
        {
            return label;
        }

        if (result.EndsWith("-SKIPPED", StringComparison.OrdinalIgnoreCase))
        {
            return "Skipped by the dialer";
        }

        return CallAttemptExtractor.IsSystemCode(result) ? SystemResult : result;
    }
}
