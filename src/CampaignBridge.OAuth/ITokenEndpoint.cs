namespace CampaignBridge.OAuth;

/// <summary>One login service's token endpoint: how to ask it for a token and how to read its refusals.</summary>
public interface ITokenEndpoint
{
    /// <summary>The service's name in log lines, e.g. "Genesys Cloud".</summary>
    string ServiceName { get; }

    /// <summary>The login host; with the client id it keys the cache (a token of one host is never used for another).</summary>
    string Authority { get; }

    /// <summary>Requests a token for <paramref name="credentials"/>; refusals throw the client's own exception type.</summary>
    Task<AccessToken> RequestAsync(ClientCredentials credentials, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="failure"/> says the credentials were refused, so that re-reading them (a rotation) may help.</summary>
    bool IsCredentialRejection(Exception failure);

    /// <summary>The exception to throw when a token request took longer than <paramref name="timeout"/>.</summary>
    Exception TimedOut(TimeSpan timeout, Exception cause);
}
