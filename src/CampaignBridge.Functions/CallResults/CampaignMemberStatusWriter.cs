using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>
/// Sets the CampaignMember status of mapped outcomes (reference salesforce-rest-api.md §6.2): one query per Salesforce
/// campaign for the members of the chunk's Leads/Contacts, then one update by id of the members whose status changes.
/// A person who is not a member of the campaign has no status to set.
/// </summary>
internal sealed class CampaignMemberStatusWriter(ISalesforceClient salesforce, IOptions<CallResultsOptions> options)
{
    /// <summary>The CampaignMember fields written (diagnostics check the Run As user may update them).</summary>
    public static readonly IReadOnlyList<string> FieldsWritten = ["Status"];

    public async Task SetStatusesAsync(IReadOnlyList<CallAttempt> chunk, IReadOnlyList<int> indexes, ItemOutcome[] outcomes, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var wanted = indexes
            .Select(i => (Index: i, Status: Status(settings, chunk[i]), Campaign: settings.SalesforceCampaignFor(chunk[i].CampaignId)))
            .Where(x => x.Status is not null && x.Campaign is not null)
            .ToList();
        foreach (var campaign in wanted.GroupBy(x => x.Campaign!, StringComparer.Ordinal))
        {
            // The latest attempt of a person decides (attempts of one chunk are in read order).
            var latest = campaign.GroupBy(x => chunk[x.Index].ContactId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            var ids = Soql.IdList(latest.Keys);
            var members = await salesforce.QueryAsync(
                $"SELECT Id, Status, LeadId, ContactId FROM CampaignMember WHERE CampaignId = {Soql.Id(campaign.Key)} AND (LeadId IN {ids} OR ContactId IN {ids})",
                cancellationToken).ConfigureAwait(false);
            var updates = new List<(WritableSObject Record, string ContactId)>();
            foreach (var member in members)
            {
                var person = member.GetString("LeadId") ?? member.GetString("ContactId");
                if (person is null || member.Id is null || !latest.TryGetValue(Normalise(person, latest.Keys), out var want) || member.GetString("Status") == want.Status)
                {
                    continue;
                }

                updates.Add((new WritableSObject("CampaignMember", member.Id) { ["Status"] = want.Status! }, chunk[want.Index].ContactId));
            }

            if (updates.Count == 0)
            {
                continue;
            }

            var saved = await salesforce.UpdateAsync([.. updates.Select(u => u.Record)], cancellationToken).ConfigureAwait(false);
            for (var index = 0; index < updates.Count; index++)
            {
                var outcome = CallResultDeliveryTarget.Outcome(index < saved.Count ? saved[index] : null);
                if (outcome.Kind == ItemOutcomeKind.Delivered)
                {
                    continue;
                }

                foreach (var x in campaign.Where(x => chunk[x.Index].ContactId == updates[index].ContactId))
                {
                    outcomes[x.Index] = outcome with { Reason = $"campaign member status: {outcome.Reason}" };
                }
            }
        }
    }

    private static string? Status(CallResultsOptions settings, CallAttempt attempt)
        => settings.RuleFor(attempt)?.CampaignMemberStatus is { Length: > 0 } status ? status : null;

    /// <summary>Salesforce answers 18-character ids; the attempt may carry the 15-character form.</summary>
    private static string Normalise(string id, IEnumerable<string> known)
        => known.FirstOrDefault(k => string.Equals(k, id, StringComparison.Ordinal) || (id.Length == 18 && k.Length == 15 && id.StartsWith(k, StringComparison.Ordinal))) ?? id;
}
