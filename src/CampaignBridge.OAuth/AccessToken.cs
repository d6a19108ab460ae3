namespace CampaignBridge.OAuth;

/// <summary>An access token issued by a login service. Immutable; <see cref="ToString"/> redacts the value.</summary>
public sealed class AccessToken
{
    /// <summary>Creates a token.</summary>
    /// <param name="value">The opaque access token.</param>
    /// <param name="clientId">The OAuth client the token was issued to.</param>
    /// <param name="issuedAt">When the token response was received.</param>
    /// <param name="expiresAt">When the token expires (as the login service said, or as assumed when it did not say).</param>
    public AccessToken(string value, string clientId, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        Value = value;
        ClientId = clientId;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The opaque token to send as <c>Authorization: Bearer &lt;Value&gt;</c>. Never log it.</summary>
    public string Value { get; }

    /// <summary>The OAuth client the token was issued to.</summary>
    public string ClientId { get; }

    /// <summary>When the token response was received.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>When the token expires.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>The lifetime the login service granted (or that was assumed).</summary>
    public TimeSpan Lifetime => ExpiresAt - IssuedAt;

    /// <summary>Describes the token without its value.</summary>
    public override string ToString() => $"AccessToken {{ ClientId = {ClientId}, ExpiresAt = {ExpiresAt:O}, Value = *** }}";
}
