namespace CampaignBridge.Genesys;

/// <summary>
/// Settings of the Genesys Cloud client, bound from the <c>Genesys</c> configuration section
/// (<c>Genesys:Region</c>, <c>Genesys:ApiBaseUrl</c>, <c>Genesys:LoginBaseUrl</c>, ...).
/// </summary>
public sealed class GenesysClientOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Genesys";

    /// <summary>Default <see cref="TotalTimeout"/>: 9 s, inside Apex's default 10 s callout timeout.</summary>
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(9);

    /// <summary>Default <see cref="AttemptTimeout"/>: 4 s, so a hung attempt still leaves time for one retry.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(4);

    /// <summary>Default <see cref="MaxRetryAfter"/>: 5 s. A longer <c>Retry-After</c> is returned to the caller instead of waited out.</summary>
    public static readonly TimeSpan DefaultMaxRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Default <see cref="RateLimitRetries"/>: 2 retries of a 429.</summary>
    public const int DefaultRateLimitRetries = 2;

    /// <summary>Default <see cref="TransientRetries"/>: 2 retries of a 5xx / 408 / timeout / connection failure (idempotent operations only).</summary>
    public const int DefaultTransientRetries = 2;

    /// <summary>
    /// The Genesys Cloud region: its domain (<c>mypurecloud.com</c>, <c>mypurecloud.ie</c>, ...) or its AWS-style name
    /// (<c>us-east-1</c>, <c>eu-west-1</c>, ...). Not needed when both <see cref="ApiBaseUrl"/> and <see cref="LoginBaseUrl"/> are set.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>Overrides the API base address (emulator, gateway). <c>http</c> is accepted for loopback hosts only.</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>Overrides the login base address (emulator, gateway). <c>http</c> is accepted for loopback hosts only.</summary>
    public Uri? LoginBaseUrl { get; set; }

    /// <summary>
    /// Time budget of one client operation including token acquisition, retries, Retry-After waits and, for start/stop,
    /// every read and write it makes. Chunked writes and reads (contacts, DNC numbers) get it per chunk.
    /// Default <see cref="DefaultTotalTimeout"/>.
    /// </summary>
    public TimeSpan TotalTimeout { get; set; } = DefaultTotalTimeout;

    /// <summary>Time limit of one HTTP attempt. Default <see cref="DefaultAttemptTimeout"/>; must be below <see cref="TotalTimeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>How often a 429 is retried after waiting its <c>Retry-After</c>. Default <see cref="DefaultRateLimitRetries"/>; 0 disables.</summary>
    public int RateLimitRetries { get; set; } = DefaultRateLimitRetries;

    /// <summary>The longest <c>Retry-After</c> that is waited out. Default <see cref="DefaultMaxRetryAfter"/>.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = DefaultMaxRetryAfter;

    /// <summary>
    /// How often an idempotent operation is retried after a 5xx, 408, attempt timeout or connection failure.
    /// Default <see cref="DefaultTransientRetries"/>; non-idempotent POSTs are never retried for these.
    /// </summary>
    public int TransientRetries { get; set; } = DefaultTransientRetries;

    /// <summary>
    /// How the org treats new contacts written with <c>doNotQueue=true</c> (<c>Genesys:NewContactsWithDoNotQueue</c>).
    /// Default <see cref="NewContactQueueing.Queued"/>, the current Genesys documentation.
    /// </summary>
    public NewContactQueueing NewContactsWithDoNotQueue { get; set; } = NewContactQueueing.Queued;
}
