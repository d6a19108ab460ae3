namespace Salesforce.Emulator;

/// <summary>What the REST gate established about a request: the API version and the caller's session.</summary>
internal sealed record RestRequest(ApiVersion Version, Session Session)
{
    private const string ItemKey = "salesforce.rest";

    public UserSeed User => Session.User;

    public static void Set(HttpContext context, RestRequest request) => context.Items[ItemKey] = request;

    public static RestRequest Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is RestRequest request
            ? request
            : throw new InvalidOperationException("The REST gate did not run for this request.");
}
