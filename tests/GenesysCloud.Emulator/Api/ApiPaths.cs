namespace GenesysCloud.Emulator;

/// <summary>The <c>selfUri</c> paths Genesys puts into entities.</summary>
internal static class ApiPaths
{
    public const string Campaigns = "/api/v2/outbound/campaigns";
    public const string ContactLists = "/api/v2/outbound/contactlists";
    public const string DncLists = "/api/v2/outbound/dnclists";

    public static string Campaign(string id) => $"{Campaigns}/{id}";

    public static string ContactList(string id) => $"{ContactLists}/{id}";

    public static string Contact(string listId, string contactId) => $"{ContactLists}/{listId}/contacts/{contactId}";

    public static string DncList(string id) => $"{DncLists}/{id}";
}
