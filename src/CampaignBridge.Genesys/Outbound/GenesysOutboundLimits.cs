namespace CampaignBridge.Genesys;

/// <summary>Per-request limits of the outbound API; larger inputs are split into chunks of these sizes.</summary>
public static class GenesysOutboundLimits
{
    /// <summary>Contacts per <c>POST .../contacts</c> (Genesys: "Too many contacts added, the limit is 1000").</summary>
    public const int MaxContactsPerAdd = 1000;

    /// <summary>Ids per <c>POST .../contacts/bulk</c> ("Only 50 contacts can be retrieved at a time").</summary>
    public const int MaxContactsPerBulkGet = 50;

    /// <summary>Ids per <c>DELETE .../contacts?contactIds=</c> ("the limit is 250").</summary>
    public const int MaxContactsPerDelete = 250;

    /// <summary>Phone numbers per <c>POST .../phonenumbers</c>; Genesys documents no count limit, this keeps bodies well under 512,000 bytes.</summary>
    public const int MaxDncNumbersPerAdd = 1000;

    /// <summary>Attempts of a start/stop read-modify-write when the version keeps changing (409).</summary>
    public const int MaxVersionConflictAttempts = 3;
}
