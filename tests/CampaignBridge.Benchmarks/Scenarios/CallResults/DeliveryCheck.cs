using System.Globalization;

namespace CampaignBridge.Benchmarks.Scenarios.CallResults;

/// <summary>
/// The exact count of a delivery: Tasks in Salesforce against the conversations Genesys made, by conversation id
/// (<c>Genesys_Conversation_Id__c</c>): none twice, none missing, none that no conversation explains.
/// </summary>
internal sealed record DeliveryCheck(int Expected, int Tasks, int Distinct, int Duplicates, int Lost, int Unexpected)
{
    /// <summary>The Task field holding the conversation id.</summary>
    public const string ConversationIdField = "Genesys_Conversation_Id__c";

    public bool Exact => Tasks == Expected && Distinct == Expected && Duplicates == 0 && Lost == 0 && Unexpected == 0;

    public static DeliveryCheck Of(IReadOnlyCollection<string?> taskConversationIds, IReadOnlyCollection<string> conversations)
    {
        var expected = conversations.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var duplicates = 0;
        foreach (var id in taskConversationIds)
        {
            if (id is not null && !seen.Add(id))
            {
                duplicates++;
            }
        }

        var lost = expected.Count(id => !seen.Contains(id));
        var unexpected = seen.Count(id => !expected.Contains(id)) + taskConversationIds.Count(id => id is null);
        return new DeliveryCheck(expected.Count, taskConversationIds.Count, seen.Count, duplicates, lost, unexpected);
    }

    /// <summary>The Salesforce emulator's <c>CreatedDate</c> (<c>2026-12-01T09:14:03.000+0000</c>).</summary>
    public static DateTimeOffset ParseCreatedDate(string text)
        => DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'+0000'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public string Measured => string.Create(CultureInfo.InvariantCulture, $"{Tasks} Tasks for {Expected} conversations: {Distinct} distinct, {Duplicates} duplicates, {Lost} lost, {Unexpected} unexpected");

    public string Target => string.Create(CultureInfo.InvariantCulture, $"{Expected} Tasks, each conversation once");
}
