namespace Salesforce.Emulator;

/// <summary>A session the token endpoint issued (the token itself is never exposed).</summary>
/// <param name="ClientApp">Name of the External Client App.</param>
/// <param name="ConsumerKey">Its consumer key (an identifier, not a secret).</param>
/// <param name="UserId">The Run As user's id.</param>
/// <param name="Username">The Run As user's username.</param>
/// <param name="IssuedAt">Emulator time of issue.</param>
/// <param name="ExpiresAt">Emulator time at which the session times out.</param>
/// <param name="IsActive">False once expired or ended by <see cref="SalesforceEmulator.ExpireSessions"/>.</param>
public sealed record IssuedSession(
    string ClientApp,
    string ConsumerKey,
    string UserId,
    string Username,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    bool IsActive);
