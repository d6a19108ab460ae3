namespace GenesysCloud.Emulator;

/// <summary>An access token the emulator issued.</summary>
/// <param name="ClientId">OAuth client it was issued to.</param>
/// <param name="AccessToken">The opaque token.</param>
/// <param name="ExpiresAt">When it stops being accepted (emulator TimeProvider).</param>
public sealed record IssuedToken(string ClientId, string AccessToken, DateTimeOffset ExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"token for {ClientId}, expires {ExpiresAt:O}";
}
