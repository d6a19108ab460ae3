using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Configuration;

/// <summary>Refuses to start with a <c>Phone:DefaultRegion</c> that has no phone numbering metadata.</summary>
internal sealed class PhoneOptionsValidator : IValidateOptions<PhoneOptions>
{
    public ValidateOptionsResult Validate(string? name, PhoneOptions options)
    {
        try
        {
            _ = PhoneRegion.FromSetting(options.DefaultRegion);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidSettingException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
