using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// The Salesforce side of the way back: its settings, the consumer key and secret, a token, and whether the Run As user may
/// write every field the way back writes (read from describe, so a missing field permission is named before a write fails).
/// </summary>
internal sealed class WayBackChecks(IServiceProvider services, SalesforceOrg org, IOptions<CallResultsOptions> options, ILogger<WayBackChecks> logger)
{
    /// <summary>The check names, in order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        DiagnosticCheckNames.WayBack, DiagnosticCheckNames.SalesforceCredentials, DiagnosticCheckNames.SalesforceToken, DiagnosticCheckNames.SalesforceTask,
        DiagnosticCheckNames.SalesforceLead, DiagnosticCheckNames.SalesforceContact, DiagnosticCheckNames.SalesforceCampaignMember,
    ];

    public async Task RunAsync(List<DiagnosticCheck> checks, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!org.IsConfigured)
        {
            checks.Add(DiagnosticChecks.NotConfigured(DiagnosticCheckNames.WayBack, "The way back is off: Salesforce:InstanceUrl is empty, so no call results are logged in Salesforce.",
                "Set Salesforce:InstanceUrl (the org's My Domain URL), the External Client App's consumer key and secret, and CallResults:Campaigns to log every dial attempt as a Task."));
            return;
        }

        var campaigns = settings.FollowedCampaignIds();
        checks.Add(campaigns.Count == 0
            ? DiagnosticChecks.Failed(DiagnosticCheckNames.WayBack, "callResults.no_campaigns",
                "List the Genesys campaigns whose attempts are logged in CallResults:Campaigns:<n>:GenesysCampaignId.",
                $"Salesforce org {org.Key} is set, but no campaign is followed, so nothing is read.")
            : DiagnosticChecks.Passed(DiagnosticCheckNames.WayBack, $"Call results of {campaigns.Count} campaigns are logged in Salesforce org {org.Key}."));

        var blockedBy = await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.SalesforceCredentials, async () =>
        {
            var source = (ICredentialSourceCheck)services.GetRequiredService<ISalesforceCredentialSource>();
            await source.CheckAsync(cancellationToken).ConfigureAwait(false);
            return $"Read the External Client App's consumer key and secret from {source.Description}.";
        }, logger).ConfigureAwait(false);

        blockedBy ??= await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.SalesforceToken, async () =>
        {
            var token = await services.GetRequiredService<ISalesforceTokenProvider>().GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            return $"Salesforce issued a client-credentials token to the External Client App {token.ClientId}.";
        }, logger).ConfigureAwait(false);

        var memberStatuses = settings.Outcomes.Any(r => !string.IsNullOrWhiteSpace(r.CampaignMemberStatus));
        var objects = new (string Check, string Type, IReadOnlyList<string> Fields, bool Needed)[]
        {
            (DiagnosticCheckNames.SalesforceTask, CallResultTask.SObjectType, CallResultTask.FieldsWritten, true),
            (DiagnosticCheckNames.SalesforceLead, "Lead", ["DoNotCall"], true),
            (DiagnosticCheckNames.SalesforceContact, "Contact", ["DoNotCall"], true),
            (DiagnosticCheckNames.SalesforceCampaignMember, "CampaignMember", CampaignMemberStatusWriter.FieldsWritten, memberStatuses),
        };
        foreach (var (check, type, fields, needed) in objects)
        {
            if (blockedBy is not null)
            {
                checks.Add(DiagnosticChecks.Skipped(check, blockedBy));
            }
            else if (!needed)
            {
                checks.Add(DiagnosticChecks.NotConfigured(check, $"Not checked: no outcome rule sets a {type} status.",
                    "Set CallResults:Outcomes:<n>:CampaignMemberStatus (and the campaign's SalesforceCampaignId) to update members."));
            }
            else
            {
                await DiagnosticChecks.RunAsync(checks, check, () => CheckFieldsAsync(type, fields, cancellationToken), logger).ConfigureAwait(false);
            }
        }
    }

    private async Task<string> CheckFieldsAsync(string type, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        var description = await services.GetRequiredService<ISalesforceClient>().DescribeAsync(type, cancellationToken).ConfigureAwait(false);

        // Tasks are created and, on a replay, updated; TaskSubtype is create-only. Leads, Contacts and members are only updated.
        var creates = type == CallResultTask.SObjectType;
        var problems = new List<string>();
        foreach (var name in fields)
        {
            var updates = name != "TaskSubtype";
            var field = description.Field(name);
            if (field is null)
            {
                problems.Add($"{type}.{name} does not exist or is hidden from the Run As user");
            }
            else if ((creates && !field.Createable) || (updates && !field.Updateable))
            {
                problems.Add($"{type}.{name} is not {(creates && !field.Createable ? "createable" : "updateable")} by the Run As user");
            }
        }

        return problems.Count == 0
            ? $"The Run As user may write {string.Join(", ", fields.Select(f => $"{type}.{f}"))}."
            : throw new DiagnosticFailure(
                DiagnosticCheckNames.FieldNotWritableCode,
                string.Join("; ", problems) + ".",
                $"Deploy the CampaignBridge SFDX project (the custom field Genesys_Conversation_Id__c on Activity) and give the integration user the "
                + "CampaignBridge Integration permission set, which grants these field permissions; check the field-level security of custom fields too.");
    }
}
