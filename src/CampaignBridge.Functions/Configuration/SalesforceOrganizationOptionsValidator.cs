using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Configuration;

/// <summary>Refuses to start with a malformed <c>Salesforce:AllowedOrganizationIds</c>.</summary>
internal sealed class SalesforceOrganizationOptionsValidator : IValidateOptions<SalesforceOrganizationOptions>
{
    public ValidateOptionsResult Validate(string? name, SalesforceOrganizationOptions options)
    {
        try
        {
            _ = AllowedOrganizations.Parse(options.AllowedOrganizationIds);
            return ValidateOptionsResult.Success;
        }
        catch (InvalidSettingException exception)
        {
            return ValidateOptionsResult.Fail(exception.Message);
        }
    }
}
