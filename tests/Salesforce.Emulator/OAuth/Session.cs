namespace Salesforce.Emulator;

/// <summary>An issued access token (a Salesforce session) and whom it acts for. Mutable only through <see cref="SessionRegistry"/>.</summary>
internal sealed class Session(string accessToken, ClientAppSeed app, UserSeed user, DateTimeOffset issuedAt, DateTimeOffset expiresAt)
{
    public string AccessToken { get; } = accessToken;

    public ClientAppSeed App { get; } = app;

    public UserSeed User { get; } = user;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    /// <summary>Ended on demand (<see cref="SalesforceEmulator.ExpireSessions"/>) before its time.</summary>
    public bool Revoked { get; set; }

    public bool IsActive(DateTimeOffset now) => !Revoked && now < ExpiresAt;

    public IssuedSession View(DateTimeOffset now) => new(App.Name, App.ConsumerKey, User.Id, User.Username, IssuedAt, ExpiresAt, IsActive(now));
}
