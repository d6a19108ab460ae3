namespace GenesysCloud.Emulator;

/// <summary>An OAuth client of the emulated organization (Genesys <c>OAuthClient</c>, the fields that matter here).</summary>
public sealed class OAuthClientSeed
{
    /// <summary>The only grant type that may request client-credentials tokens.</summary>
    public const string ClientCredentialsGrant = "CLIENT-CREDENTIALS";

    /// <summary>Genesys default token lifetime as seen on the wire (24 h minus a second).</summary>
    public const int DefaultAccessTokenValiditySeconds = 86_399;

    /// <summary>Lower bound of <see cref="AccessTokenValiditySeconds"/> (5 minutes).</summary>
    public const int MinAccessTokenValiditySeconds = 300;

    /// <summary>Upper bound of <see cref="AccessTokenValiditySeconds"/> (48 hours).</summary>
    public const int MaxAccessTokenValiditySeconds = 172_800;

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary><c>CODE</c>, <c>TOKEN</c>, <c>SAML2-BEARER</c>, <c>PASSWORD</c> or <c>CLIENT-CREDENTIALS</c>.</summary>
    public string AuthorizedGrantType { get; set; } = ClientCredentialsGrant;

    /// <summary><c>active</c>, <c>disabled</c> or <c>inactive</c>.</summary>
    public string State { get; set; } = "active";

    public int AccessTokenValiditySeconds { get; set; } = DefaultAccessTokenValiditySeconds;

    /// <summary>Permissions its roles grant, e.g. <c>outbound:campaign:view</c>.</summary>
    public List<string> Permissions { get; set; } = [];
}
