using System.ComponentModel.DataAnnotations;

namespace CampaignBridge.Functions.Contacts;

/// <summary>Body of UpsertContacts.</summary>
public sealed record UpsertContactsRequest
{
    /// <summary>The records to upsert (1 to <see cref="ContactUpsertRequestValidator.MaxContactsPerRequest"/>).</summary>
    [Required]
    public List<ContactRecord?>? Contacts { get; init; }

    /// <summary>Write options.</summary>
    public ContactUpsertOptions? Options { get; init; }
}
