using CampaignBridge.Functions.Api;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Refuses to start with a <c>Diagnostics:CampaignId</c> or <c>Diagnostics:DncListId</c> that is not a GUID.</summary>
internal sealed class DiagnosticsOptionsValidator : IValidateOptions<DiagnosticsOptions>
{
    public ValidateOptionsResult Validate(string? name, DiagnosticsOptions options)
    {
        var failures = new List<string>();
        Check(options.CampaignId, "Diagnostics:CampaignId", failures);
        Check(options.DncListId, "Diagnostics:DncListId", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string? value, string setting, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(value) && !GenesysEntityId.TryParse(value.Trim(), out _))
        {
            failures.Add($"{setting} '{value}' is not a Genesys id (a GUID); copy it from Genesys Cloud Admin > Outbound, or leave it empty.");
        }
    }
}
