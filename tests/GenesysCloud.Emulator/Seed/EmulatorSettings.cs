namespace GenesysCloud.Emulator;

/// <summary>Behaviour switches of the emulator; every value can be set in the seed file under <c>settings</c>.</summary>
public sealed class EmulatorSettings
{
    /// <summary>Genesys default: 300 requests per minute per client-credentials token (reference §5.1).</summary>
    public const int DefaultRateLimitPerMinute = 300;

    /// <summary>Genesys <c>request.bytes.max</c> (reference §5.1).</summary>
    public const int DefaultMaxRequestBytes = 512_000;

    /// <summary>Status for an unknown client id or a wrong secret. UNCONFIRMED in the reference (400 or 401), so configurable.</summary>
    public const int DefaultUnknownClientStatus = 401;

    /// <summary>Status for a token request with a JSON body. UNCONFIRMED (415 or 400); 400 <c>invalid_request</c> is what an OAuth server that only reads the form would say.</summary>
    public const int DefaultJsonTokenRequestStatus = 400;

    /// <summary>Seed of the <see cref="Random"/> that decides whether a fault with <c>share</c> &lt; 1 applies, so runs are reproducible.</summary>
    public const int DefaultFaultRandomSeed = 20_241_029;

    /// <summary>Requests allowed per access token in one 60-second window.</summary>
    public int RateLimitPerMinute { get; set; } = DefaultRateLimitPerMinute;

    /// <summary>Larger request bodies get 413.</summary>
    public int MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>True: <c>POST .../campaigns/{id}/start|stop</c> exist (API since Oct 2024). False: they answer 404 like an older API.</summary>
    public bool CampaignStartStopEndpoints { get; set; } = true;

    /// <summary>0: turning a campaign off goes straight to <c>off</c>. Greater: it reports <c>stopping</c> until this many seconds (TimeProvider) have passed.</summary>
    public int StoppingDelaySeconds { get; set; }

    /// <summary>400 or 401 for unknown client id / wrong secret (UNCONFIRMED in the reference).</summary>
    public int UnknownClientStatus { get; set; } = DefaultUnknownClientStatus;

    /// <summary>True: the token endpoint also accepts <c>client_id</c>/<c>client_secret</c> in the form body (undocumented RFC 6749 §2.3.1 form).</summary>
    public bool AcceptCredentialsInBody { get; set; }

    /// <summary>400 or 415 for a token request whose body is JSON (UNCONFIRMED in the reference).</summary>
    public int JsonTokenRequestStatus { get; set; } = DefaultJsonTokenRequestStatus;

    /// <summary>Seed for the fault-injection <see cref="Random"/>.</summary>
    public int FaultRandomSeed { get; set; } = DefaultFaultRandomSeed;
}
