using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>Checks the <c>CallResults</c> section at startup; each message names the setting and the fix.</summary>
internal sealed class CallResultsOptionsValidator : IValidateOptions<CallResultsOptions>
{
    /// <summary>CampaignMember.Status is a picklist of at most 40 characters.</summary>
    public const int MaxMemberStatusLength = 40;

    public ValidateOptionsResult Validate(string? name, CallResultsOptions options)
    {
        var failures = new List<string>();
        if (options.Campaigns.Count > ConversationReader.MaxFollowedCampaigns)
        {
            failures.Add($"CallResults:Campaigns lists {options.Campaigns.Count} campaigns; at most {ConversationReader.MaxFollowedCampaigns} fit one results query. Follow fewer campaigns.");
        }

        for (var index = 0; index < options.Campaigns.Count; index++)
        {
            var campaign = options.Campaigns[index];
            if (!Guid.TryParseExact(campaign.GenesysCampaignId?.Trim(), "D", out _))
            {
                failures.Add($"CallResults:Campaigns:{index}:GenesysCampaignId '{campaign.GenesysCampaignId}' is not a Genesys campaign id (a GUID such as 5d1f7c0a-8b1e-4c1a-9f00-000000000001, "
                    + "shown in the campaign's URL in Genesys Cloud Admin > Outbound > Campaigns).");
            }

            if (campaign.SalesforceCampaignId is { Length: > 0 } salesforceId
                && (!SalesforceRecordId.TryParse(salesforceId.Trim(), out var id, out _) || !id.Value.StartsWith("701", StringComparison.Ordinal)))
            {
                failures.Add($"CallResults:Campaigns:{index}:SalesforceCampaignId '{salesforceId}' is not a Salesforce Campaign id (15 or 18 characters starting with 701).");
            }
        }

        foreach (var repeated in options.Campaigns.Select((c, index) => (Id: c.GenesysCampaignId?.Trim(), Index: index))
                     .Where(c => c.Id is { Length: > 0 })
                     .GroupBy(c => c.Id!, StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Count() > 1))
        {
            failures.Add($"CallResults:Campaigns lists Genesys campaign {repeated.Key} {repeated.Count()} times (entries {string.Join(", ", repeated.Select(c => c.Index))}); "
                + "list each campaign once, with the one Salesforce campaign its people are members of.");
        }

        var anyMemberCampaign = options.Campaigns.Any(c => !string.IsNullOrWhiteSpace(c.SalesforceCampaignId));
        for (var index = 0; index < options.Outcomes.Count; index++)
        {
            var rule = options.Outcomes[index];
            if (string.IsNullOrWhiteSpace(rule.Result))
            {
                failures.Add($"CallResults:Outcomes:{index}:Result is empty: name the wrap-up code (e.g. Do not call) or system code (e.g. ININ-OUTBOUND-BUSY) the rule is for.");
            }

            if (!string.IsNullOrWhiteSpace(rule.CampaignMemberStatus) && !anyMemberCampaign)
            {
                failures.Add($"CallResults:Outcomes:{index}:CampaignMemberStatus '{rule.CampaignMemberStatus}' needs a Salesforce campaign to set it in: "
                    + "give the followed campaign its CallResults:Campaigns:<n>:SalesforceCampaignId, or leave the status out.");
            }

            if (rule.CampaignMemberStatus is { Length: > MaxMemberStatusLength } status)
            {
                failures.Add($"CallResults:Outcomes:{index}:CampaignMemberStatus '{status}' is longer than the {MaxMemberStatusLength} characters a member status can have.");
            }
        }

        if (options.DncListId is { Length: > 0 } dnc && !Guid.TryParseExact(dnc.Trim(), "D", out _))
        {
            failures.Add($"CallResults:DncListId '{dnc}' is not a Genesys DNC list id (a GUID); leave it empty to set do-not-call in Salesforce only.");
        }

        foreach (var (setting, value) in new[] { ("TaskStatus", options.TaskStatus), ("TaskPriority", options.TaskPriority), ("SubjectPrefix", options.SubjectPrefix) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                failures.Add($"CallResults:{setting} is empty; leave it out for the default.");
            }
        }

        if (string.IsNullOrWhiteSpace(options.ActivityTimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(options.ActivityTimeZone.Trim(), out _))
        {
            failures.Add($"CallResults:ActivityTimeZone '{options.ActivityTimeZone}' is not a time zone this machine knows: use an IANA id such as America/New_York or Europe/London "
                + $"(default {CallResultsOptions.DefaultActivityTimeZone}).");
        }

        if (options.LookBack <= TimeSpan.Zero || options.LookBack > TimeSpan.FromDays(1))
        {
            failures.Add($"CallResults:LookBack '{options.LookBack}' must be positive and at most a day (default {CallResultsOptions.DefaultLookBack}).");
        }

        if (options.WrapUpGracePeriod < TimeSpan.Zero)
        {
            failures.Add($"CallResults:WrapUpGracePeriod '{options.WrapUpGracePeriod}' must not be negative (default {CallResultsOptions.DefaultWrapUpGracePeriod}).");
        }

        if (options.MaxConversationDuration <= TimeSpan.Zero || options.MaxConversationDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"CallResults:MaxConversationDuration '{options.MaxConversationDuration}' must be positive and at most a day (default {CallResultsOptions.DefaultMaxConversationDuration}).");
        }

        if (options.MaxPagesPerTick is < 1 or > 1000)
        {
            failures.Add($"CallResults:MaxPagesPerTick '{options.MaxPagesPerTick}' must be between 1 and 1000 (default {CallResultsOptions.DefaultMaxPagesPerTick}).");
        }

        DeliveryBoundsValidation.Check(failures, CallResultsOptions.SectionName, nameof(CallResultsOptions.MaxAttemptsPerTick), options.Bounds());

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
