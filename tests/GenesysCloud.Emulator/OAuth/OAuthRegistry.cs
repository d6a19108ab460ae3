using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GenesysCloud.Emulator;

/// <summary>OAuth clients and the tokens issued to them. Thread-safe.</summary>
internal sealed class OAuthRegistry
{
    private const int TokenBytes = 48;

    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, IssuedToken> activeTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<IssuedToken> issued = new();
    private Dictionary<string, OAuthClientState> clients = new(StringComparer.Ordinal);
    private int tokenRequestCount;

    public int TokenRequestCount => Volatile.Read(ref tokenRequestCount);

    public IReadOnlyList<IssuedToken> IssuedTokens => issued.ToArray();

    public void Load(IEnumerable<OAuthClientSeed> seeds)
    {
        lock (gate)
        {
            clients = seeds.ToDictionary(s => s.ClientId, s => new OAuthClientState(s), StringComparer.Ordinal);
            activeTokens.Clear();
            issued.Clear();
            Interlocked.Exchange(ref tokenRequestCount, 0);
        }
    }

    public void CountTokenRequest() => Interlocked.Increment(ref tokenRequestCount);

    public OAuthClientState? Find(string clientId)
    {
        lock (gate)
        {
            return clients.GetValueOrDefault(clientId);
        }
    }

    /// <summary>Checks id and secret with a constant-time comparison; null when either is wrong.</summary>
    public OAuthClientState? Authenticate(string clientId, string secret)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(clientId, out var client))
            {
                return null;
            }

            var expected = System.Text.Encoding.UTF8.GetBytes(client.Secret);
            var actual = System.Text.Encoding.UTF8.GetBytes(secret);
            return CryptographicOperations.FixedTimeEquals(expected, actual) ? client : null;
        }
    }

    /// <summary>A new random opaque token; earlier tokens stay valid until their own expiry.</summary>
    public IssuedToken Issue(OAuthClientState client, DateTimeOffset now)
    {
        var token = new IssuedToken(
            client.ClientId,
            Base64UrlToken(),
            now.AddSeconds(client.AccessTokenValiditySeconds));
        activeTokens[token.AccessToken] = token;
        issued.Enqueue(token);
        return token;
    }

    /// <summary>The token's client when the token is known, unexpired and its client is active; else null.</summary>
    public OAuthClientState? Validate(string accessToken, DateTimeOffset now)
    {
        if (!activeTokens.TryGetValue(accessToken, out var token) || now >= token.ExpiresAt)
        {
            return null;
        }

        var client = Find(token.ClientId);
        return client is { IsActive: true } ? client : null;
    }

    /// <summary>Disables the client and invalidates its tokens ("Access tokens created by the client are invalid").</summary>
    public bool Disable(string clientId)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(clientId, out var client))
            {
                return false;
            }

            client.State = "disabled";
            foreach (var token in activeTokens.Values.Where(t => t.ClientId == clientId))
            {
                activeTokens.TryRemove(token.AccessToken, out _);
            }

            return true;
        }
    }

    /// <summary>Re-enables the client; tokens invalidated by disabling stay invalid.</summary>
    public bool Enable(string clientId)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(clientId, out var client))
            {
                return false;
            }

            client.State = "active";
            return true;
        }
    }

    /// <summary>
    /// Replaces the secret: the old one stops working at once, tokens already issued stay valid
    /// (UNCONFIRMED for Genesys; this is what a credential-rotation test needs).
    /// </summary>
    public bool RotateSecret(string clientId, string secret)
    {
        lock (gate)
        {
            if (!clients.TryGetValue(clientId, out var client))
            {
                return false;
            }

            client.Secret = secret;
            return true;
        }
    }

    private static string Base64UrlToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
