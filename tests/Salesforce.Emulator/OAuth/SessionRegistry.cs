using System.Security.Cryptography;

namespace Salesforce.Emulator;

/// <summary>Sessions issued by the token endpoint and the count of token requests. Thread-safe.</summary>
internal sealed class SessionRegistry(string organizationId)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Session> byToken = new(StringComparer.Ordinal);
    private readonly List<Session> issued = [];
    private int tokenRequestCount;

    public int TokenRequestCount => Volatile.Read(ref tokenRequestCount);

    public void CountTokenRequest() => Interlocked.Increment(ref tokenRequestCount);

    /// <summary>A new session; the token starts with the 15-character org id and <c>!</c>, as observed (reference §1.1.3).</summary>
    public Session Issue(ClientAppSeed app, UserSeed user, DateTimeOffset now, TimeSpan lifetime)
    {
        var token = SalesforceIds.Key(organizationId) + "!AQ" + Base64Url(RandomNumberGenerator.GetBytes(72));
        var session = new Session(token, app, user, now, now + lifetime);
        lock (gate)
        {
            byToken[token] = session;
            issued.Add(session);
        }

        return session;
    }

    /// <summary>The active session of a bearer token; null when unknown, expired or ended.</summary>
    public Session? Validate(string token, DateTimeOffset now)
    {
        lock (gate)
        {
            return byToken.TryGetValue(token, out var session) && session.IsActive(now) ? session : null;
        }
    }

    /// <summary>Ends every session issued so far; tokens issued afterwards work.</summary>
    public void ExpireAll()
    {
        lock (gate)
        {
            foreach (var session in issued)
            {
                session.Revoked = true;
            }
        }
    }

    public IReadOnlyList<IssuedSession> Snapshot(DateTimeOffset now)
    {
        lock (gate)
        {
            return [.. issued.Select(s => s.View(now))];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            byToken.Clear();
            issued.Clear();
            Interlocked.Exchange(ref tokenRequestCount, 0);
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '.').Replace('/', '_');
}
