using System.Text.Json;
using System.Text.Json.Serialization;

namespace CampaignBridge.Genesys;

/// <summary>
/// An outbound campaign (Genesys <c>Campaign</c>). Fields not modelled here are kept in
/// <see cref="AdditionalFields"/>, because <c>PUT</c> is a full replacement and must send them back.
/// </summary>
public sealed record Campaign
{
    /// <summary>The campaign id (GUID).</summary>
    public string? Id { get; init; }

    /// <summary>The campaign name.</summary>
    public string? Name { get; init; }

    /// <summary>The optimistic-concurrency version; updates must send the current one.</summary>
    public int? Version { get; init; }

    /// <summary>The status (see <see cref="CampaignStatuses"/>); unknown values are kept as they are.</summary>
    public string? CampaignStatus { get; init; }

    /// <summary>The dialing mode (<c>agentless</c>, <c>preview</c>, <c>power</c>, <c>predictive</c>, <c>progressive</c>, <c>external</c>, ...).</summary>
    public string? DialingMode { get; init; }

    /// <summary>The contact list the campaign dials.</summary>
    public DomainEntityRef? ContactList { get; init; }

    /// <summary>The queue (all modes except agentless).</summary>
    public DomainEntityRef? Queue { get; init; }

    /// <summary>The script (all modes except agentless).</summary>
    public DomainEntityRef? Script { get; init; }

    /// <summary>The contact-list columns dialed.</summary>
    public IReadOnlyList<CampaignPhoneColumn>? PhoneColumns { get; init; }

    /// <summary>The DNC lists checked before dialing.</summary>
    public IReadOnlyList<DomainEntityRef>? DncLists { get; init; }

    /// <summary>The caller id name.</summary>
    public string? CallerName { get; init; }

    /// <summary>The caller id number.</summary>
    public string? CallerAddress { get; init; }

    /// <summary>The division the campaign belongs to.</summary>
    public DomainEntityRef? Division { get; init; }

    /// <summary>When the campaign was created.</summary>
    public DateTimeOffset? DateCreated { get; init; }

    /// <summary>When the campaign was last modified.</summary>
    public DateTimeOffset? DateModified { get; init; }

    /// <summary>The API path of the campaign.</summary>
    public string? SelfUri { get; init; }

    /// <summary>Every other field Genesys sent, kept verbatim for round-tripping.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalFields { get; set; }
}
