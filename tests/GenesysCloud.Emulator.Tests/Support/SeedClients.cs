namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>The OAuth clients and fixed ids of the default seed (common.md), as the tests use them.</summary>
internal static class SeedClients
{
    public const string Local = "campaignbridge-local";
    public const string CodeGrant = "code-grant-client";
    public const string Disabled = "disabled-client";
    public const string ViewOnly = "view-only-client";
    public const string EditNoStart = "edit-no-start-client";
    public const string ShortLived = "short-lived-client";

    /// <summary>All outbound permissions, none of the results ones (analytics, wrap-up codes, mappings).</summary>
    public const string NoResults = "no-results-client";

    public static string SecretOf(string clientId) => clientId switch
    {
        Local => "local-development-secret",
        CodeGrant => "code-grant-secret",
        Disabled => "disabled-secret",
        ViewOnly => "view-only-secret",
        EditNoStart => "edit-no-start-secret",
        ShortLived => "short-lived-secret",
        NoResults => "no-results-secret",
        _ => throw new ArgumentOutOfRangeException(nameof(clientId), clientId, "not a client of the default seed"),
    };
}
