using System.Globalization;
using System.Text;
using CampaignBridge.Salesforce;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// An attempt as a Salesforce Task, a logged call (reference salesforce-rest-api.md §6.1): on the Lead/Contact, keyed by
/// the conversation id in <see cref="ConversationIdField"/> so a replay updates the same Task.
/// </summary>
internal static class CallResultTask
{
    /// <summary>The custom Activity field (External ID, Unique) holding the conversation id.</summary>
    public const string ConversationIdField = "Genesys_Conversation_Id__c";

    /// <summary>The Task object.</summary>
    public const string SObjectType = "Task";

    /// <summary>Longest Subject, CallDisposition and CallObject (Salesforce field lengths).</summary>
    public const int MaxShortTextLength = 255;

    /// <summary>Longest Description.</summary>
    public const int MaxDescriptionLength = 32_000;

    /// <summary>The Task fields the way back writes (diagnostics check the Run As user may write them).</summary>
    public static readonly IReadOnlyList<string> FieldsWritten =
    [
        ConversationIdField, "WhoId", "WhatId", "Subject", "Status", "Priority", "ActivityDate", "TaskSubtype", "CallType",
        "CallDisposition", "CallDurationInSeconds", "CallObject", "Description",
    ];

    /// <summary>What Salesforce shows for the attempt's result.</summary>
    public static string Label(CallAttempt attempt)
        => attempt.AwaitingWrapUp ? CallResultLabels.AwaitingWrapUp : CallResultLabels.Describe(attempt.Result, attempt.ResultName);

    public static WritableSObject From(CallAttempt attempt, CallResultsOptions options)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(options);
        var label = Label(attempt);
        var task = new WritableSObject(SObjectType)
        {
            [ConversationIdField] = attempt.ConversationId,
            ["WhoId"] = attempt.ContactId,
            ["Subject"] = Cut($"{options.SubjectPrefix}: {label}", MaxShortTextLength),
            ["Status"] = options.TaskStatus,
            ["Priority"] = options.TaskPriority,
            ["ActivityDate"] = options.ActivityDateOf(attempt.AttemptStart),
            ["CallType"] = "Outbound",
            ["CallDisposition"] = Cut(label, MaxShortTextLength),
            ["CallDurationInSeconds"] = attempt.TalkSeconds,
            ["CallObject"] = Cut(attempt.ConversationId, MaxShortTextLength),
            ["Description"] = Cut(Description(attempt), MaxDescriptionLength),
        }.SetOnCreate("TaskSubtype", "Call");

        // "If the WhoId refers to a lead, then the WhatId must be empty" (§6.1): only Contacts relate to the campaign.
        if (options.SalesforceCampaignFor(attempt.CampaignId) is { } campaignId && attempt.ContactId.StartsWith("003", StringComparison.Ordinal))
        {
            task["WhatId"] = campaignId;
        }

        return task;
    }

    private static string Description(CallAttempt attempt)
    {
        var text = new StringBuilder();
        text.AppendLine(attempt.Origin == CallAttemptOrigins.Sweep
            ? "Genesys Cloud skipped this contact without a call (found by CampaignBridge at the end of the campaign)."
            : attempt.AwaitingWrapUp
                ? "Genesys Cloud outbound call attempt (logged by CampaignBridge at hang-up; updated with the agent's wrap-up)."
                : "Genesys Cloud outbound call attempt (logged by CampaignBridge).");
        Line(text, "Genesys campaign", attempt.CampaignId);
        Line(text, "Number", attempt.DialedNumber);
        Line(text, "Started", attempt.AttemptStart.ToString("u", CultureInfo.InvariantCulture));
        Line(text, "Ended", attempt.AttemptEnd?.ToString("u", CultureInfo.InvariantCulture));
        Line(text, "Result", attempt.ResultName is null ? attempt.Result : $"{attempt.ResultName} ({attempt.Result})");
        Line(text, "Call analysis", attempt.CallAnalysis);
        Line(text, "Disconnect", attempt.DisconnectType);
        Line(text, "Agent note", attempt.AgentNote);
        Line(text, "Conversation", attempt.Origin == CallAttemptOrigins.Sweep ? null : attempt.ConversationId);
        return text.ToString().TrimEnd();
    }

    private static void Line(StringBuilder text, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(name).Append(": ").AppendLine(value);
        }
    }

    // Never between the halves of a surrogate pair: half a character is not text Salesforce can store.
    private static string Cut(string value, int max)
        => value.Length <= max ? value : value[..(char.IsHighSurrogate(value[max - 1]) ? max - 1 : max)];
}
