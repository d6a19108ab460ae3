using System.ComponentModel.DataAnnotations;
using CampaignBridge.Functions.OpenApi;

namespace CampaignBridge.Functions.Contacts;

/// <summary>
/// One Salesforce record to upsert as a Genesys contact. Its columns come either as <see cref="Data"/>, a JSON map that
/// Apex and direct callers build easily, or as <see cref="Fields"/>, a list of <c>{column, value}</c> that a Flow can
/// fill in through External Services (which cannot fill a map, so the OpenAPI document describes only
/// <see cref="Fields"/>). A record carries one of the two.
/// </summary>
public sealed record ContactRecord
{
    /// <summary>The Salesforce record id (15 or 18 characters); becomes the Genesys contact id.</summary>
    [Required]
    public string? Id { get; init; }

    /// <summary>Column name to value; columns must exist on the contact list. Phone columns are normalised to E.164.</summary>
    [OpenApiOmit]
    public Dictionary<string, string?>? Data { get; init; }

    /// <summary>The same column values as a list of <c>{column, value}</c>, each column at most once.</summary>
    public List<ContactField?>? Fields { get; init; }
}
