namespace Salesforce.Emulator;

/// <summary>
/// Behaviour switches of the emulator, all settable in the seed under <c>settings</c>. Where the reference
/// (salesforce-rest-api.md) says UNCONFIRMED, the behaviour is a setting and its default is named here.
/// </summary>
public sealed class SalesforceSettings
{
    /// <summary>Newest API version served. Doc examples use v67.0 (Summer '26); v68.0 may be out at go-live (reference §2).</summary>
    public const string DefaultLatestApiVersion = "67.0";

    /// <summary>Oldest version served; 21.0–30.0 were retired in Summer '25 and answer 410 (reference §2).</summary>
    public const string DefaultOldestApiVersion = "31.0";

    /// <summary>Daily (rolling 24 h) API request allocation: the Enterprise base of 100 000 (reference §5).</summary>
    public const int DefaultDailyApiRequestLimit = 100_000;

    /// <summary>Records per query page: the Salesforce default batch size.</summary>
    public const int DefaultQueryBatchSize = 2_000;

    /// <summary>Session lifetime: "commonly 2 h" (reference §1.1.4).</summary>
    public const int DefaultSessionTimeoutMinutes = 120;

    /// <summary>Status of a wrong client secret: 400 vs 401 is UNCONFIRMED (reference §1.1.5); 400 like every observed token error.</summary>
    public const int DefaultWrongSecretStatus = 400;

    /// <summary>Error for a client whose client-credentials flow is off: UNCONFIRMED (reference §1.1.5 lists three); the first listed.</summary>
    public const string DefaultFlowDisabledError = "unsupported_grant_type";

    /// <summary>Description that goes with <see cref="DefaultFlowDisabledError"/> (the text Salesforce gives an unsupported grant).</summary>
    public const string DefaultFlowDisabledDescription = "grant type not supported";

    /// <summary>TaskSubtype on the update path of an upsert: UNCONFIRMED (reference §3.1); <c>error</c> (INVALID_FIELD_FOR_INSERT_UPDATE) or <c>ignore</c>.</summary>
    public const string DefaultTaskSubtypeOnUpdate = TaskSubtypeError;

    /// <summary><see cref="TaskSubtypeOnUpdate"/>: refuse the record.</summary>
    public const string TaskSubtypeError = "error";

    /// <summary><see cref="TaskSubtypeOnUpdate"/>: drop the field and save the rest.</summary>
    public const string TaskSubtypeIgnore = "ignore";

    /// <summary>An unknown field in a collections record fails the <c>request</c> (400 INVALID_FIELD, as a JSON deserialization error would) or only the <c>record</c>. UNCONFIRMED.</summary>
    public const string DefaultUnknownFieldScope = ScopeRequest;

    /// <summary><see cref="UnknownFieldScope"/>: the whole request fails.</summary>
    public const string ScopeRequest = "request";

    /// <summary><see cref="UnknownFieldScope"/>: only the record fails.</summary>
    public const string ScopeRecord = "record";

    /// <summary>Code for the same external id twice in one request: "presumably DUPLICATE_EXTERNAL_ID", UNCONFIRMED (reference §3.1).</summary>
    public const string DefaultDuplicateExternalIdCode = "DUPLICATE_EXTERNAL_ID";

    /// <summary>Code for a WhatId on a Task whose WhoId is a Lead: UNCONFIRMED (reference §4.3 suggests FIELD_INTEGRITY_EXCEPTION).</summary>
    public const string DefaultWhatIdWithLeadCode = "FIELD_INTEGRITY_EXCEPTION";

    /// <summary>A CampaignMember.Status not among the campaign's statuses: UNCONFIRMED (reference §6.2); <c>error</c> or <c>useDefault</c>.</summary>
    public const string DefaultInvalidMemberStatus = MemberStatusError;

    /// <summary><see cref="InvalidMemberStatus"/>: refuse with INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST.</summary>
    public const string MemberStatusError = "error";

    /// <summary><see cref="InvalidMemberStatus"/>: silently store the campaign's default status.</summary>
    public const string MemberStatusUseDefault = "useDefault";

    /// <summary>Single-record upsert that updated: 200 with a body or 204 — UNCONFIRMED per version (reference §3.3); 200.</summary>
    public const int DefaultSingleUpsertUpdateStatus = 200;

    /// <summary>Minutes a query locator (<c>nextRecordsUrl</c>) stays usable without use; UNCONFIRMED, 15.</summary>
    public const int DefaultQueryLocatorLifetimeMinutes = 15;

    /// <summary>Longest request URI (path + query) accepted; the REST limit is UNCONFIRMED (reference §3.5), ~16 KB observed by third parties.</summary>
    public const int DefaultMaxRequestUriLength = 16_384;

    /// <summary>Seed of the Random behind fault <c>share</c>.</summary>
    public const int DefaultFaultRandomSeed = 20_261_201;

    /// <summary>Records per sObject Collections request (reference §3.1, §5) — a documented limit, not a setting.</summary>
    public const int MaxCollectionRecords = 200;

    /// <summary>Task.Status values of a default org (reference §6.1).</summary>
    public static readonly IReadOnlyList<string> DefaultTaskStatuses = ["Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"];

    /// <summary>Closed Task statuses of a default org.</summary>
    public static readonly IReadOnlyList<string> DefaultClosedTaskStatuses = ["Completed"];

    /// <summary>Hosts that refuse the client-credentials grant with <c>invalid_grant</c> "request not supported on this domain" (reference §1.1.5).</summary>
    public static readonly IReadOnlyList<string> DefaultGenericLoginHosts = ["login.salesforce.com", "test.salesforce.com"];

    /// <summary>Newest <c>vNN.N</c> served (also the last entry of <c>GET /services/data/</c>).</summary>
    public string LatestApiVersion { get; set; } = DefaultLatestApiVersion;

    /// <summary>Oldest version served; older ones answer 410.</summary>
    public string OldestApiVersion { get; set; } = DefaultOldestApiVersion;

    /// <summary>API requests allowed in a rolling 24 h; past it, 403 REQUEST_LIMIT_EXCEEDED.</summary>
    public int DailyApiRequestLimit { get; set; } = DefaultDailyApiRequestLimit;

    /// <summary>Records per query page before <c>nextRecordsUrl</c>.</summary>
    public int QueryBatchSize { get; set; } = DefaultQueryBatchSize;

    /// <summary>Session lifetime (emulator time) of apps without their own <c>sessionTimeoutMinutes</c>.</summary>
    public int SessionTimeoutMinutes { get; set; } = DefaultSessionTimeoutMinutes;

    /// <summary>400 or 401 for a wrong client secret.</summary>
    public int WrongSecretStatus { get; set; } = DefaultWrongSecretStatus;

    /// <summary>OAuth <c>error</c> for a client with the flow disabled.</summary>
    public string FlowDisabledError { get; set; } = DefaultFlowDisabledError;

    /// <summary>OAuth <c>error_description</c> for a client with the flow disabled.</summary>
    public string FlowDisabledDescription { get; set; } = DefaultFlowDisabledDescription;

    /// <summary>Host names (Host header, no port) that are not a My Domain.</summary>
    public List<string> GenericLoginHosts { get; set; } = [.. DefaultGenericLoginHosts];

    /// <summary><c>error</c> or <c>ignore</c>.</summary>
    public string TaskSubtypeOnUpdate { get; set; } = DefaultTaskSubtypeOnUpdate;

    /// <summary><c>request</c> or <c>record</c>.</summary>
    public string UnknownFieldScope { get; set; } = DefaultUnknownFieldScope;

    /// <summary>statusCode for duplicate external ids in one upsert request (and a non-unique match).</summary>
    public string DuplicateExternalIdCode { get; set; } = DefaultDuplicateExternalIdCode;

    /// <summary>statusCode for WhatId with a Lead WhoId.</summary>
    public string WhatIdWithLeadCode { get; set; } = DefaultWhatIdWithLeadCode;

    /// <summary><c>error</c> or <c>useDefault</c>.</summary>
    public string InvalidMemberStatus { get; set; } = DefaultInvalidMemberStatus;

    /// <summary>200 or 204.</summary>
    public int SingleUpsertUpdateStatus { get; set; } = DefaultSingleUpsertUpdateStatus;

    /// <summary>Minutes.</summary>
    public int QueryLocatorLifetimeMinutes { get; set; } = DefaultQueryLocatorLifetimeMinutes;

    /// <summary>Characters; longer URIs answer 414.</summary>
    public int MaxRequestUriLength { get; set; } = DefaultMaxRequestUriLength;

    /// <summary>False: the CRM Call Center fields (CallType, CallDisposition, CallDurationInSeconds, CallObject) do not exist (INVALID_FIELD).</summary>
    public bool CallCenterFields { get; set; } = true;

    /// <summary>Whether token requests count against the API allocation: UNCONFIRMED (reference §1.1.4); false.</summary>
    public bool TokenRequestsCountAsApiCalls { get; set; }

    /// <summary>Which fields a failed collections result carries is UNCONFIRMED (reference §3.1): false = only success and errors; true = also <c>id</c> (null when unknown) and, for upserts, <c>created:false</c>.</summary>
    public bool FailedResultsIncludeId { get; set; }

    /// <summary>Task.Status picklist.</summary>
    public List<string> TaskStatuses { get; set; } = [.. DefaultTaskStatuses];

    /// <summary>Statuses that close a Task (IsClosed, CompletedDateTime).</summary>
    public List<string> ClosedTaskStatuses { get; set; } = [.. DefaultClosedTaskStatuses];

    /// <summary>Seed of the fault-injection Random.</summary>
    public int FaultRandomSeed { get; set; } = DefaultFaultRandomSeed;
}
