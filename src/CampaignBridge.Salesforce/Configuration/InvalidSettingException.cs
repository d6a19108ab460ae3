namespace CampaignBridge.Salesforce;

/// <summary>
/// A configuration setting this library reads is missing or malformed. The message names the setting
/// (e.g. <c>Salesforce:AllowedOrganizationIds</c>) and says what to change; it never contains secrets.
/// </summary>
public sealed class InvalidSettingException : Exception
{
    /// <summary>Creates the exception for <paramref name="setting"/> with a message that says what to fix.</summary>
    /// <param name="setting">The configuration key, in <c>:</c> form (e.g. <c>Phone:DefaultRegion</c>).</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    public InvalidSettingException(string setting, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setting);
        Setting = setting;
    }

    /// <summary>The configuration key that is wrong, in <c>:</c> form.</summary>
    public string Setting { get; }
}
