using System.Text.Json.Serialization;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>
/// The Genesys contact-write flags a queued write is sent with. Existing contacts keep their place in the dialer's queue
/// unless the writer asked for <see cref="Redial"/>: a redelivered or re-sent message must not make the dialer call them
/// again.
/// </summary>
/// <remarks>
/// The stored flag is <c>redial</c>, off when absent. Messages queued by the version before it stored
/// <c>doNotQueue: false</c> for every write (its default, not a request to redial); they carry no <c>redial</c>, so they
/// are now written keeping queue positions, as everything is unless a caller asks otherwise.
/// </remarks>
internal sealed record QueuedWriteOptions(bool Priority = false, bool ClearSystemData = false, bool Redial = false)
{
    /// <summary>Keep existing contacts' queue positions (what every path sends unless asked otherwise).</summary>
    public static QueuedWriteOptions Default { get; } = new();

    /// <summary>Re-queue existing contacts so the dialer calls them again.</summary>
    public static QueuedWriteOptions Redialing { get; } = new(Redial: true);

    /// <summary>The Genesys <c>doNotQueue</c> flag these options mean.</summary>
    [JsonIgnore]
    public bool DoNotQueue => !Redial;
}
