namespace Salesforce.Emulator;

/// <summary>
/// Rules of particular objects: a Task's WhatId must be empty when its WhoId is a Lead (reference §6.1); a
/// converted Lead cannot be updated (§6.3); a CampaignMember has a Lead or a Contact, once per campaign, and a
/// Status among its campaign's member statuses (§6.2).
/// </summary>
internal static class ObjectRules
{
    public static SaveError? Check(InputRecord input, StoredRecord? existing, SalesforceState state) => input.Schema.Name switch
    {
        StandardObjects.Task => TaskRule(input, existing, state.Settings),
        StandardObjects.Lead when existing is not null && existing.GetBoolean("IsConverted") => SaveErrors.ConvertedLead(),
        StandardObjects.CampaignMember => MemberRules(input, existing, state),
        _ => null,
    };

    private static SaveError? TaskRule(InputRecord input, StoredRecord? existing, SalesforceSettings settings)
    {
        var whoId = Effective(input, existing, "WhoId");
        var whatId = Effective(input, existing, "WhatId");
        return whoId is not null && whoId.StartsWith(KeyPrefixes.Lead, StringComparison.Ordinal) && whatId is not null
            // Code is settings.whatIdWithLeadCode (UNCONFIRMED); text UNCONFIRMED.
            ? new SaveError(settings.WhatIdWithLeadCode, "Related To ID: when the Name ID is a lead, the Related To ID must be empty", ["WhatId"])
            : null;
    }

    private static SaveError? MemberRules(InputRecord input, StoredRecord? existing, SalesforceState state)
    {
        var campaignId = Effective(input, existing, "CampaignId")!;
        if (existing is null)
        {
            var leadId = NodeValues.String(input.Values, "LeadId");
            var contactId = NodeValues.String(input.Values, "ContactId");
            if ((leadId is null) == (contactId is null))
            {
                // Text UNCONFIRMED.
                return new SaveError("FIELD_INTEGRITY_EXCEPTION", "A campaign member has either a Lead ID or a Contact ID.", ["LeadId", "ContactId"]);
            }

            var memberId = leadId ?? contactId!;
            if (state.Store.Live(StandardObjects.CampaignMember).Any(m => m.GetString("CampaignId") == campaignId
                && (m.GetString("LeadId") ?? m.GetString("ContactId")) == memberId))
            {
                return new SaveError("DUPLICATE_VALUE", "Already a campaign member.", []);
            }
        }

        var statuses = state.Store.Live(StandardObjects.CampaignMemberStatus).Where(s => s.GetString("CampaignId") == campaignId).ToList();
        var defaultStatus = statuses.FirstOrDefault(s => s.GetBoolean("IsDefault"))?.GetString("Label");
        if (!input.Values.TryGetValue("Status", out var given) || NodeValues.String(given) is not { } status)
        {
            if (existing is null || input.Values.ContainsKey("Status"))
            {
                input.Values["Status"] = defaultStatus;
            }

            return null;
        }

        var known = statuses.FirstOrDefault(s => string.Equals(s.GetString("Label"), status, StringComparison.OrdinalIgnoreCase))?.GetString("Label");
        if (known is not null)
        {
            input.Values["Status"] = known;
            return null;
        }

        // UNCONFIRMED (reference §6.2): settings.invalidMemberStatus "error" (code presumed) or "useDefault".
        if (state.Settings.InvalidMemberStatus == SalesforceSettings.MemberStatusUseDefault)
        {
            input.Values["Status"] = defaultStatus;
            return null;
        }

        return SaveErrors.BadPicklist(input.Schema.Field("Status")!, status);
    }

    private static string? Effective(InputRecord input, StoredRecord? existing, string field) =>
        input.Values.TryGetValue(field, out var value) ? NodeValues.String(value) : existing?.GetString(field);
}
