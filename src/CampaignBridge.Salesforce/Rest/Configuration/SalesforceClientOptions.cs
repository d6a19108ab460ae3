namespace CampaignBridge.Salesforce;

/// <summary>
/// Settings of the Salesforce REST client, bound from the <c>Salesforce</c> configuration section
/// (<c>Salesforce:InstanceUrl</c>, <c>Salesforce:ApiVersion</c>, ...). Validated at startup with messages naming the setting.
/// </summary>
public sealed class SalesforceClientOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Salesforce";

    /// <summary>Default <see cref="ApiVersion"/>: 65.0 (Winter '26), the version the reference suggests pinning.</summary>
    public const string DefaultApiVersion = "65.0";

    /// <summary>The oldest <see cref="ApiVersion"/> accepted: sObject Collections upsert exists from 46.0 on.</summary>
    public const string MinimumApiVersion = "46.0";

    /// <summary>
    /// Default <see cref="AttemptTimeout"/>: 30 s. Salesforce counts requests of 20 s and more as long-running, and a
    /// 200-record write through the org's triggers and flows can get there; cutting it off and resending would double
    /// the work on the server and the lock contention, so an attempt is given more than that.
    /// </summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Default <see cref="TotalTimeout"/>: 100 s, room for three hung attempts of <see cref="DefaultAttemptTimeout"/>
    /// and the retry delays between them. The client serves background delivery, not Apex callouts, so it is not held to 10 s.
    /// </summary>
    public static readonly TimeSpan DefaultTotalTimeout = TimeSpan.FromSeconds(100);

    /// <summary>Default <see cref="TransientRetries"/>: 2 retries of a 5xx, an attempt timeout or a connection failure.</summary>
    public const int DefaultTransientRetries = 2;

    /// <summary>Default <see cref="MaxRetryAfter"/>: 10 s. A longer <c>Retry-After</c> is returned to the caller instead of waited out.</summary>
    public static readonly TimeSpan DefaultMaxRetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Default <see cref="AssumedSessionLifetime"/>: 2 h, the common session timeout (reference §1.1.4). Salesforce sends
    /// no <c>expires_in</c>; an org with shorter sessions costs one 401 and one new token per session.
    /// </summary>
    public static readonly TimeSpan DefaultAssumedSessionLifetime = TimeSpan.FromHours(2);

    /// <summary>
    /// Default <see cref="ApiRequestReserve"/>: 10 % of the daily allocation. The allocation (rolling 24 h) is shared by
    /// every integration and user of the org, and call results can wait while an interactive integration cannot, so this
    /// client stops writing first. A share scales with the edition (Developer 15,000 → 1,500 kept; Enterprise 100,000 →
    /// 10,000, ten days of the ~1,000 calls a day the way back needs at 50,000 attempts a day), where a fixed count
    /// (e.g. 5,000) would be a third of a Developer org and nothing in a large one.
    /// </summary>
    public const double DefaultApiRequestReserve = 0.10;

    /// <summary>
    /// How long writes stay refused after the allocation was seen below the reserve (the <c>RetryAfter</c> of
    /// <c>salesforce.api_allocation_low</c>): 15 min. The allocation is a rolling 24 h window, so it frees up a little at
    /// a time; after this pause one write goes out again and its <c>Sforce-Limit-Info</c> says whether there is room.
    /// </summary>
    public static readonly TimeSpan ApiAllocationLowPause = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The org's My Domain origin, e.g. <c>https://acme.my.salesforce.com</c> (sandbox
    /// <c>https://acme--uat.sandbox.my.salesforce.com</c>): the token endpoint and the REST base. <c>http</c> is accepted
    /// for loopback hosts only (the emulator). <c>login.salesforce.com</c> and <c>test.salesforce.com</c> are refused:
    /// the client credentials flow works on My Domain only.
    /// </summary>
    public Uri? InstanceUrl { get; set; }

    /// <summary>The REST API version, e.g. <c>65.0</c> (a leading <c>v</c> is accepted). Default <see cref="DefaultApiVersion"/>; at least <see cref="MinimumApiVersion"/>.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>Time limit of one request including its retries and their delays. Default <see cref="DefaultTotalTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = DefaultTotalTimeout;

    /// <summary>Time limit of one HTTP attempt. Default <see cref="DefaultAttemptTimeout"/>; not above <see cref="TotalTimeout"/>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>
    /// How often a request is retried after a 5xx, an attempt timeout or a connection failure (idempotent requests
    /// only; every operation of this client is idempotent). 4xx answers are never retried. Default <see cref="DefaultTransientRetries"/>; 0 disables.
    /// </summary>
    public int TransientRetries { get; set; } = DefaultTransientRetries;

    /// <summary>The longest <c>Retry-After</c> of a 5xx that is waited out before a retry. Default <see cref="DefaultMaxRetryAfter"/>.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = DefaultMaxRetryAfter;

    /// <summary>
    /// How long a token is assumed to live (Salesforce does not say; set it to the org's or the app's session timeout).
    /// The shared token cache renews ahead of it; a 401 before it gets one new token. Default <see cref="DefaultAssumedSessionLifetime"/>.
    /// </summary>
    public TimeSpan AssumedSessionLifetime { get; set; } = DefaultAssumedSessionLifetime;

    /// <summary>
    /// The share (0 to 0.9) of the org's daily API allocation this client leaves to others: when the last
    /// <c>Sforce-Limit-Info</c> shows fewer remaining requests than this share of the maximum, writes fail with
    /// <c>salesforce.api_allocation_low</c> without being sent, for <see cref="ApiAllocationLowPause"/>. Reads still go.
    /// 0 disables the check. Default <see cref="DefaultApiRequestReserve"/>.
    /// </summary>
    public double ApiRequestReserve { get; set; } = DefaultApiRequestReserve;
}
