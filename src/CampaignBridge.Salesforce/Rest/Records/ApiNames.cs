namespace CampaignBridge.Salesforce.Rest;

/// <summary>
/// Object and field API names (<c>Task</c>, <c>WhoId</c>, <c>Genesys_Conversation_Id__c</c>, <c>ns__Field__c</c>):
/// a letter, then letters, digits and underscores. Checked before a name goes into a path or a body, so a name can
/// never carry a path segment, a query or JSON of its own.
/// </summary>
internal static class ApiNames
{
    /// <summary>Salesforce API names are at most 40 characters plus a namespace and suffix; 80 leaves room for both.</summary>
    public const int MaxLength = 80;

    public static bool IsValid(string? name)
        => !string.IsNullOrEmpty(name)
           && name.Length <= MaxLength
           && char.IsAsciiLetter(name[0])
           && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    public static string Check(string? name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameterName);
        return IsValid(name)
            ? name
            : throw new ArgumentException($"'{name}' is not a Salesforce API name (a letter, then letters, digits and underscores, at most {MaxLength} characters).", parameterName);
    }
}
