using System.Text.Json.Nodes;

namespace Salesforce.Emulator;

/// <summary>What Salesforce fills in on save: defaults, audit fields, and the read-only fields derived from others.</summary>
internal static class DerivedFields
{
    public static void OnInsert(SObjectSchema schema, Dictionary<string, JsonNode?> fields, string userId, DateTimeOffset now)
    {
        foreach (var field in schema.Fields)
        {
            if (fields.ContainsKey(field.Name))
            {
                continue;
            }

            fields[field.Name] = field.Type == FieldType.Boolean ? JsonValue.Create(false) : (JsonNode?)field.DefaultPicklistValue;
        }

        if (schema.Field("OwnerId") is not null && fields["OwnerId"] is null)
        {
            fields["OwnerId"] = userId;
        }

        fields["CreatedDate"] = SalesforceTime.DateTime(now);
        fields["CreatedById"] = userId;
        fields["IsDeleted"] = false;
    }

    public static void OnSave(SObjectSchema schema, StoredRecord record, SalesforceState state, string userId, DateTimeOffset now, bool wasClosed)
    {
        var fields = record.Fields;
        fields["LastModifiedDate"] = SalesforceTime.DateTime(now);
        fields["LastModifiedById"] = userId;
        fields["SystemModstamp"] = SalesforceTime.DateTime(now);
        switch (schema.Name)
        {
            case StandardObjects.Task:
                var closed = record.GetString("Status") is { } status && state.Settings.ClosedTaskStatuses.Contains(status);
                fields["IsClosed"] = closed;
                fields["CompletedDateTime"] = !closed ? null : wasClosed ? fields["CompletedDateTime"]?.DeepClone() : SalesforceTime.DateTime(now);
                fields["IsHighPriority"] = record.GetString("Priority") == "High";
                var whoId = record.GetString("WhoId");
                fields["AccountId"] = whoId is not null && whoId.StartsWith(KeyPrefixes.Contact, StringComparison.Ordinal)
                    ? state.Store.Find(whoId)?.Fields.GetValueOrDefault("AccountId")?.DeepClone()
                    : null;
                break;
            case StandardObjects.Lead or StandardObjects.Contact:
                fields["Name"] = FullName(record.GetString("FirstName"), record.GetString("LastName"));
                break;
            case StandardObjects.CampaignMember:
                var campaignId = record.GetString("CampaignId");
                var label = record.GetString("Status");
                var responded = state.Store.Live(StandardObjects.CampaignMemberStatus)
                    .Any(s => s.GetString("CampaignId") == campaignId && s.GetString("Label") == label && s.GetBoolean("HasResponded"));
                fields["HasResponded"] = responded;
                if (responded && record.GetString("FirstRespondedDate") is null)
                {
                    fields["FirstRespondedDate"] = SalesforceTime.Date(now);
                }

                break;
        }
    }

    /// <summary>The read-only Name of a Lead or Contact: first and last name.</summary>
    public static string? FullName(string? first, string? last) => string.IsNullOrEmpty(first) ? last : first + " " + last;
}
