namespace GenesysCloud.Emulator;

/// <summary>The live state of one OAuth client (secret and state can change through admin calls).</summary>
internal sealed class OAuthClientState(OAuthClientSeed seed)
{
    public string ClientId { get; } = seed.ClientId;

    public string Secret { get; set; } = seed.ClientSecret;

    public string AuthorizedGrantType { get; } = seed.AuthorizedGrantType;

    /// <summary><c>active</c>, <c>disabled</c> or <c>inactive</c>.</summary>
    public string State { get; set; } = seed.State;

    public int AccessTokenValiditySeconds { get; } = seed.AccessTokenValiditySeconds;

    public IReadOnlySet<string> Permissions { get; } = new HashSet<string>(seed.Permissions, StringComparer.Ordinal);

    public bool IsActive => string.Equals(State, "active", StringComparison.OrdinalIgnoreCase);

    public bool IsClientCredentialsClient =>
        string.Equals(AuthorizedGrantType, OAuthClientSeed.ClientCredentialsGrant, StringComparison.OrdinalIgnoreCase);
}
