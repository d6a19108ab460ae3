using System.Globalization;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>Logged calls shaped as CampaignBridge writes them (reference §3.1 / §6.1).</summary>
internal static class TaskCalls
{
    /// <summary>The live Leads and Contacts of the default seed the calls rotate over.</summary>
    private static readonly string[] Callees = [SeededOrg.Ada, SeededOrg.Grace, SeededOrg.Alan, SeededOrg.Edsger, SeededOrg.Barbara];

    public static string ConversationId(int index) => $"6f0c2b8e-3c1d-4f7a-9a55-{index.ToString("D12", CultureInfo.InvariantCulture)}";

    public static WritableSObject Call(string conversationId, string whoId, string disposition = "ININ-OUTBOUND-NO-ANSWER", int durationSeconds = 31)
    {
        var task = new WritableSObject("Task")
        {
            [SeededOrg.ConversationField] = conversationId,
            ["WhoId"] = whoId,
            ["Subject"] = "Outbound call: " + disposition,
            ["Status"] = "Completed",
            ["Priority"] = "Normal",
            ["ActivityDate"] = new DateOnly(2026, 12, 1),
            ["CallType"] = "Outbound",
            ["CallDisposition"] = disposition,
            ["CallDurationInSeconds"] = durationSeconds,
            ["CallObject"] = conversationId,
            ["Description"] = "Campaign: Winter renewals; attempt 2026-12-01T09:14:03Z; number +1317555…",
        };
        if (whoId.StartsWith("003", StringComparison.Ordinal))
        {
            // WhatId only with a Contact (reference §6.1).
            task["WhatId"] = SeededOrg.WinterRenewals;
        }

        return task.SetOnCreate("TaskSubtype", "Call");
    }

    /// <summary><paramref name="count"/> calls with conversation ids from <paramref name="first"/>, over the seeded Leads and Contacts.</summary>
    public static List<WritableSObject> Batch(int count, int first = 0, string disposition = "ININ-OUTBOUND-NO-ANSWER")
        => [.. Enumerable.Range(first, count).Select(i => Call(ConversationId(i), Callees[i % Callees.Length], disposition))];
}
