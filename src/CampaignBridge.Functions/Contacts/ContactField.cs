using System.ComponentModel.DataAnnotations;

namespace CampaignBridge.Functions.Contacts;

/// <summary>One column value of a contact, the shape a Flow can fill in (a list of these instead of a JSON map).</summary>
public sealed record ContactField
{
    /// <summary>The contact list column, e.g. <c>MobilePhone</c> (case-sensitive).</summary>
    [Required]
    public string? Column { get; init; }

    /// <summary>The value; empty clears the column.</summary>
    [Required]
    public string? Value { get; init; }
}
