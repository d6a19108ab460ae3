namespace GenesysCloud.Emulator;

/// <summary>
/// Behaviour switches of the emulator; every value can be set in the seed file under <c>settings</c>. Where the
/// reference cannot settle a behaviour (UNCONFIRMED, genesys-cloud-api.md §8.5) the switch is here with the
/// reference's value, or the current documentation's wording, as its default.
/// </summary>
public sealed class EmulatorSettings
{
    /// <summary>Genesys default: 300 requests per minute per client-credentials token (reference §5.1).</summary>
    public const int DefaultRateLimitPerMinute = 300;

    /// <summary>Genesys <c>request.bytes.max</c> (reference §5.1).</summary>
    public const int DefaultMaxRequestBytes = 512_000;

    /// <summary>Status for a token request with a JSON body. UNCONFIRMED (415 or 400); 400 <c>invalid_request</c> is what an OAuth server that only reads the form would say.</summary>
    public const int DefaultJsonTokenRequestStatus = 400;

    /// <summary>Seed of the <see cref="Random"/> that decides whether a fault with <c>share</c> &lt; 1 applies, so runs are reproducible.</summary>
    public const int DefaultFaultRandomSeed = 20_241_029;

    /// <summary><c>stopping</c> lasts this long (§8.3: Terraform re-reads every 10 s for up to 180 s; "tens of seconds").</summary>
    public const int DefaultStoppingDelaySeconds = 30;

    /// <summary>§8.2 current wording (SDK 270, CLI 166, Terraform 1.84.1): for a new contact doNotQueue has no effect, it is queued.</summary>
    public const string NewContactsQueued = "queued";

    /// <summary>§8.2 older wording: a new contact written with doNotQueue=true is not called until the campaign is recycled.</summary>
    public const string NewContactsHeldUntilRecycle = "heldUntilRecycle";

    /// <summary>"In use" (DELETE keeps it): the contact's list is the contact list of a campaign that is on or stopping.</summary>
    public const string InUseWhileCampaignRunning = "campaignRunning";

    /// <summary>"In use": only a contact with an attempt in flight (dialing, talking or in after-call work).</summary>
    public const string InUseWhileAttemptInFlight = "attemptInFlight";

    /// <summary>"In use": never; DELETE removes every named contact.</summary>
    public const string InUseNever = "never";

    /// <summary><c>pageSize</c> above the maximum is capped to the maximum (§8.4 "probably capped").</summary>
    public const string PageSizeCap = "cap";

    /// <summary><c>pageSize</c> above the maximum is a 400 <c>invalid.query.param.value</c> / <c>bad.request</c>.</summary>
    public const string PageSizeReject = "reject";

    /// <summary>Rate limit counted in fixed 60-second windows starting at a token's first request.</summary>
    public const string RateWindowFixed = "fixed";

    /// <summary>Rate limit counted over the last 60 seconds.</summary>
    public const string RateWindowSliding = "sliding";

    /// <summary><c>callRecords.lastResult</c> of an agent call holds the wrap-up code's name (as exports were observed to).</summary>
    public const string AgentResultName = "name";

    /// <summary><c>callRecords.lastResult</c> of an agent call holds the wrap-up code's id.</summary>
    public const string AgentResultId = "id";

    /// <summary>Start of a <c>stopping</c> campaign is refused as an invalid transition.</summary>
    public const string StartWhileStoppingRefuse = "refuse";

    /// <summary>Start of a <c>stopping</c> campaign turns it back on.</summary>
    public const string StartWhileStoppingResume = "resume";

    /// <summary>Requests allowed per access token in one 60-second window.</summary>
    public int RateLimitPerMinute { get; set; } = DefaultRateLimitPerMinute;

    /// <summary><see cref="RateWindowFixed"/> (default) or <see cref="RateWindowSliding"/>; the real algorithm is UNCONFIRMED (§8.5).</summary>
    public string RateLimitWindow { get; set; } = RateWindowFixed;

    /// <summary>Larger request bodies get 413.</summary>
    public int MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>The 413 <c>code</c>; the reference gives the message only (§8.5), so this is UNCONFIRMED.</summary>
    public string RequestTooLargeCode { get; set; } = "request.entity.too.large";

    /// <summary>Contacts per <c>POST .../contacts</c> (2018 definition: 1000; current value UNCONFIRMED).</summary>
    public int MaxContactsPerAdd { get; set; } = 1000;

    /// <summary>Ids per <c>POST .../contacts/bulk</c> (2018: 50).</summary>
    public int MaxContactsPerBulkGet { get; set; } = 50;

    /// <summary>Ids per <c>DELETE .../contacts</c> (2018: 250).</summary>
    public int MaxContactsPerDelete { get; set; } = 250;

    /// <summary>True: <c>POST .../campaigns/{id}/start|stop</c> exist (API since Oct 2024). False: they answer 404 like an older API.</summary>
    public bool CampaignStartStopEndpoints { get; set; } = true;

    /// <summary>Turning an <c>on</c> campaign off reports <c>stopping</c> for this many seconds (TimeProvider); 0 = straight to <c>off</c>.</summary>
    public int StoppingDelaySeconds { get; set; } = DefaultStoppingDelaySeconds;

    /// <summary>What start does during <c>stopping</c> (undocumented, §8.3): <see cref="StartWhileStoppingRefuse"/> (default) or <see cref="StartWhileStoppingResume"/>.</summary>
    public string StartWhileStopping { get; set; } = StartWhileStoppingRefuse;

    /// <summary>A campaign that is on and has nothing left to dial goes <c>complete</c> (unless <c>alwaysRunning</c>). False: it stays on.</summary>
    public bool CampaignCompletesWhenExhausted { get; set; } = true;

    /// <summary>§8.2 wording switch: <see cref="NewContactsQueued"/> (default) or <see cref="NewContactsHeldUntilRecycle"/>.</summary>
    public string NewContactsWithDoNotQueue { get; set; } = NewContactsQueued;

    /// <summary>Which contacts DELETE keeps as "in use": <see cref="InUseWhileCampaignRunning"/> (default), <see cref="InUseWhileAttemptInFlight"/>, <see cref="InUseNever"/>.</summary>
    public string ContactInUse { get; set; } = InUseWhileCampaignRunning;

    /// <summary>
    /// Whether a contact skipped for a DNC number gets an analytics conversation (UNCONFIRMED, probably not: no call
    /// is placed). False (default): the skip shows only in callRecords, the export and progress.
    /// </summary>
    public bool DncSkipConversations { get; set; }

    /// <summary>What <c>callRecords.lastResult</c> holds after an agent wrap-up (UNCONFIRMED): <see cref="AgentResultName"/> (default) or <see cref="AgentResultId"/>.</summary>
    public string CallRecordAgentResult { get; set; } = AgentResultName;

    /// <summary>Listing endpoints (campaigns, wrap-up codes) with <c>pageSize</c> over 100: <see cref="PageSizeCap"/> (default) or <see cref="PageSizeReject"/>.</summary>
    public string PageSizeOverMax { get; set; } = PageSizeCap;

    /// <summary>True: the token endpoint also accepts <c>client_id</c>/<c>client_secret</c> in the form body (undocumented RFC 6749 §2.3.1 form).</summary>
    public bool AcceptCredentialsInBody { get; set; }

    /// <summary>400 or 415 for a token request whose body is JSON (UNCONFIRMED in the reference).</summary>
    public int JsonTokenRequestStatus { get; set; } = DefaultJsonTokenRequestStatus;

    /// <summary>Seed for the fault-injection <see cref="Random"/>.</summary>
    public int FaultRandomSeed { get; set; } = DefaultFaultRandomSeed;

    /// <summary>DNC capacity limits and the per-request count.</summary>
    public DncLimitSettings DncLimits { get; set; } = new();

    /// <summary>The analytics detail query and conversation endpoints.</summary>
    public AnalyticsSettings Analytics { get; set; } = new();

    /// <summary>The contact-list export.</summary>
    public ContactExportSettings ContactExport { get; set; } = new();
}
