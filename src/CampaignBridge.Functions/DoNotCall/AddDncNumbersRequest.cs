using System.ComponentModel.DataAnnotations;

namespace CampaignBridge.Functions.DoNotCall;

/// <summary>Body of AddDncNumbers.</summary>
public sealed record AddDncNumbersRequest
{
    /// <summary>Phone numbers; numbers without <c>+</c> are read in <c>Phone:DefaultRegion</c>.</summary>
    [Required]
    public List<string?>? PhoneNumbers { get; init; }

    /// <summary>Optional ISO-8601 expiry (Apex Datetime JSON works); must be in the future.</summary>
    public DateTimeOffset? ExpirationDateTime { get; init; }
}
