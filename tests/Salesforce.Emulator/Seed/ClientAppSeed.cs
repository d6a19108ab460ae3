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
}
