namespace GenesysCloud.Emulator;

/// <summary>The OAuth client whose token authenticated the current API request.</summary>
internal static class CurrentClient
{
    private const string ItemKey = "emulator.client";

    public static void Set(HttpContext context, OAuthClientState client) => context.Items[ItemKey] = client;

    public static OAuthClientState? Get(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var client) ? client as OAuthClientState : null;
}
