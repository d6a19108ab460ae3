namespace CampaignBridge.Functions.Configuration;

/// <summary>The <c>Phone</c> configuration section.</summary>
public sealed class PhoneOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Phone";

    /// <summary><c>Phone:DefaultRegion</c>: ISO country for numbers written without <c>+</c>; empty means US.</summary>
    public string? DefaultRegion { get; set; }
}
