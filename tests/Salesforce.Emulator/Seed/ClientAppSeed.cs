namespace Salesforce.Emulator;

/// <summary>An External Client App with OAuth (reference §1.1.1, §7.3): consumer key/secret, flow switch, Run As user.</summary>
public sealed class ClientAppSeed
{
    /// <summary>App name (informational; used by admin views).</summary>
    public string Name { get; set; } = "";

    /// <summary>Consumer key (<c>client_id</c>).</summary>
    public string ConsumerKey { get; set; } = "";

    /// <summary>Consumer secret (<c>client_secret</c>).</summary>
    public string ConsumerSecret { get; set; } = "";

    /// <summary><c>isClientCredentialsFlowEnabled</c>; false gives the settings' "flow disabled" error.</summary>
    public bool ClientCredentialsFlowEnabled { get; set; } = true;

    /// <summary><c>clientCredentialsFlowUser</c> (a seeded username); null gives <c>invalid_grant</c> "no client credentials user enabled".</summary>
    public string? RunAsUsername { get; set; }

    /// <summary><c>sessionTimeoutInMinutes</c> of the app's policy; null = <c>settings.sessionTimeoutMinutes</c>.</summary>
    public int? SessionTimeoutMinutes { get; set; }

    /// <summary>
    /// JWT bearer flow (reference §1.2): the app's digital-signature certificate (PEM, <c>-----BEGIN CERTIFICATE-----</c>)
    /// whose public key verifies RS256 assertions; null = the app cannot use the JWT bearer grant.
    /// </summary>
    public string? Certificate { get; set; }

    /// <summary>JWT bearer flow: usernames pre-authorised for the app (profiles/permission sets of the policy); others get "user hasn't approved this consumer".</summary>
    public List<string> PreAuthorizedUsernames { get; set; } = [];
}
