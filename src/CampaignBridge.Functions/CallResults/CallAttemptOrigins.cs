namespace CampaignBridge.Functions.CallResults;

/// <summary>How an attempt was found.</summary>
internal static class CallAttemptOrigins
{
    /// <summary>The analytics detail query: one conversation, one attempt.</summary>
    public const string Conversation = "conversation";

    /// <summary>The campaign-end export: a contact the dialer skipped without a call.</summary>
    public const string Sweep = "sweep";
}
