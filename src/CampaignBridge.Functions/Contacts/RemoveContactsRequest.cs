using System.ComponentModel.DataAnnotations;

namespace CampaignBridge.Functions.Contacts;

/// <summary>Body of RemoveContacts.</summary>
public sealed record RemoveContactsRequest
{
    /// <summary>Contact ids (Salesforce record ids) to remove.</summary>
    [Required]
    public List<string?>? ContactIds { get; init; }
}
