using System.ComponentModel.DataAnnotations;

namespace CampaignBridge.Functions.Contacts;

/// <summary>One Salesforce record to upsert as a Genesys contact.</summary>
public sealed record ContactRecord
{
    /// <summary>The Salesforce record id (15 or 18 characters); becomes the Genesys contact id.</summary>
    [Required]
    public string? Id { get; init; }

    /// <summary>Column name to value; columns must exist on the contact list. Phone columns are normalised to E.164.</summary>
    [Required]
    public Dictionary<string, string?>? Data { get; init; }
}
