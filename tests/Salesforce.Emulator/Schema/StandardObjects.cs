namespace Salesforce.Emulator;

/// <summary>
/// The objects CampaignBridge reads and writes, with the fields, lengths, picklists and create/update flags of
/// reference §6 (Task flags from a v64.0 describe, [ncf]). Activity custom fields of the seed are added to Task.
/// </summary>
internal static class StandardObjects
{
    public const string Task = "Task";
    public const string Lead = "Lead";
    public const string Contact = "Contact";
    public const string Campaign = "Campaign";
    public const string CampaignMember = "CampaignMember";
    public const string CampaignMemberStatus = "CampaignMemberStatus";
    public const string User = "User";

    /// <summary>Task.Priority values (reference §6.1).</summary>
    public static readonly IReadOnlyList<string> TaskPriorities = ["High", "Normal", "Low"];

    /// <summary>Task.TaskSubtype values; the full list is UNCONFIRMED (reference §6.1 names Task, Email, Call).</summary>
    public static readonly IReadOnlyList<string> TaskSubtypes = ["Task", "Email", "ListEmail", "Cadence", "Call", "LinkedIn"];

    /// <summary>Task.CallType values (reference §6.1).</summary>
    public static readonly IReadOnlyList<string> CallTypes = ["Inbound", "Internal", "Outbound"];

    public static readonly IReadOnlyList<string> LeadStatuses = ["Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted"];

    public static readonly IReadOnlyList<string> CampaignStatuses = ["Planned", "In Progress", "Completed", "Aborted"];

    public static SObjectSchema TaskSchema(SalesforceSettings settings, IEnumerable<CustomFieldSeed> activityFields)
    {
        var callCenter = settings.CallCenterFields
            ? new[]
            {
                Fields.Picklist("CallType", "Call Type", CallTypes) with { CallCenter = true },
                Fields.Text("CallDisposition", "Call Result", 255) with { CallCenter = true },
                Fields.Value("CallDurationInSeconds", "Call Duration", FieldType.Int) with { CallCenter = true },
                Fields.Text("CallObject", "Call Object Identifier", 255) with { CallCenter = true },
            }
            : [];
        return new SObjectSchema(Task, "Tasks", KeyPrefixes.Task,
        [
            Fields.Id("Activity ID"),
            Fields.Reference("WhoId", "Name ID", Contact, Lead),
            Fields.Reference("WhatId", "Related To ID", "Account", Campaign, "Case", "Opportunity"),
            Fields.Text("Subject", "Subject", 255, FieldType.Combobox),
            Fields.Value("ActivityDate", "Due Date Only", FieldType.Date),
            Fields.Picklist("Status", "Status", settings.TaskStatuses, required: true),
            Fields.Picklist("Priority", "Priority", TaskPriorities, required: true),
            Fields.Owner("Assigned To ID"),
            Fields.Text("Description", "Description", 32_000, FieldType.TextArea),
            Fields.Picklist("TaskSubtype", "Task Subtype", TaskSubtypes).CreateOnly(),
            .. callCenter,
            Fields.Boolean("IsClosed", "Closed").ReadOnly(),
            Fields.Boolean("IsHighPriority", "High Priority").ReadOnly(),
            Fields.Reference("AccountId", "Account ID", "Account").ReadOnly(),
            Fields.Value("CompletedDateTime", "Completed Date/Time", FieldType.DateTime).ReadOnly(),
            .. activityFields.Select(CustomField),
            .. Fields.Audit(),
        ]);
    }

    public static SObjectSchema LeadSchema() => new(Lead, "Leads", KeyPrefixes.Lead,
    [
        Fields.Id("Lead ID"),
        Fields.Text("LastName", "Last Name", 80, required: true),
        Fields.Text("FirstName", "First Name", 40),
        Fields.Text("Name", "Full Name", 121).ReadOnly(),
        Fields.Text("Company", "Company", 255, required: true),
        Fields.Picklist("Status", "Status", LeadStatuses, required: true, defaultValue: LeadStatuses[0]),
        Fields.Text("Phone", "Phone", 40, FieldType.Phone),
        Fields.Text("MobilePhone", "Mobile Phone", 40, FieldType.Phone),
        Fields.Text("Email", "Email", 80, FieldType.Email),
        Fields.Boolean("DoNotCall", "Do Not Call"),
        Fields.Boolean("IsConverted", "Converted").ReadOnly(),
        Fields.Reference("ConvertedContactId", "Converted Contact ID", Contact).ReadOnly(),
        Fields.Owner("Owner ID"),
        .. Fields.Audit(),
    ]);

    public static SObjectSchema ContactSchema() => new(Contact, "Contacts", KeyPrefixes.Contact,
    [
        Fields.Id("Contact ID"),
        Fields.Text("LastName", "Last Name", 80, required: true),
        Fields.Text("FirstName", "First Name", 40),
        Fields.Text("Name", "Full Name", 121).ReadOnly(),
        Fields.Reference("AccountId", "Account ID", "Account"),
        Fields.Text("Phone", "Business Phone", 40, FieldType.Phone),
        Fields.Text("MobilePhone", "Mobile Phone", 40, FieldType.Phone),
        Fields.Text("Email", "Email", 80, FieldType.Email),
        Fields.Boolean("DoNotCall", "Do Not Call"),
        Fields.Owner("Owner ID"),
        .. Fields.Audit(),
    ]);

    public static SObjectSchema CampaignSchema() => new(Campaign, "Campaigns", KeyPrefixes.Campaign,
    [
        Fields.Id("Campaign ID"),
        Fields.Text("Name", "Name", 80, required: true),
        Fields.Boolean("IsActive", "Active"),
        Fields.Picklist("Status", "Status", CampaignStatuses),
        Fields.Owner("Owner ID"),
        .. Fields.Audit(),
    ]);

    /// <summary>CampaignId/LeadId/ContactId are create-only; Status is checked against the campaign's statuses (reference §6.2).</summary>
    public static SObjectSchema CampaignMemberSchema() => new(CampaignMember, "Campaign Members", KeyPrefixes.CampaignMember,
    [
        Fields.Id("Campaign Member ID"),
        Fields.Reference("CampaignId", "Campaign ID", Campaign).CreateOnly() with { Nillable = false },
        Fields.Reference("LeadId", "Lead ID", Lead).CreateOnly(),
        Fields.Reference("ContactId", "Contact ID", Contact).CreateOnly(),
        Fields.Picklist("Status", "Status", []) with { DefaultedOnCreate = true },
        Fields.Boolean("HasResponded", "Responded").ReadOnly(),
        Fields.Value("FirstRespondedDate", "First Responded Date", FieldType.Date).ReadOnly(),
        .. Fields.Audit(),
    ]);

    /// <summary>Per-campaign member statuses: Label (765), SortOrder, IsDefault, HasResponded (reference §6.2).</summary>
    public static SObjectSchema CampaignMemberStatusSchema() => new(CampaignMemberStatus, "Campaign Member Statuses", KeyPrefixes.CampaignMemberStatus,
    [
        Fields.Id("Campaign Member Status ID"),
        Fields.Reference("CampaignId", "Campaign ID", Campaign).CreateOnly() with { Nillable = false },
        Fields.Text("Label", "Member Status", 765, required: true),
        Fields.Value("SortOrder", "Sort Order", FieldType.Int),
        Fields.Boolean("IsDefault", "Default"),
        Fields.Boolean("HasResponded", "Responded"),
        .. Fields.Audit(),
    ]);

    public static SObjectSchema UserSchema() => new(User, "Users", KeyPrefixes.User,
    [
        Fields.Id("User ID"),
        Fields.Text("Username", "Username", 80).ReadOnly(),
        Fields.Text("Name", "Full Name", 121).ReadOnly(),
        Fields.Boolean("IsActive", "Active").ReadOnly(),
        .. Fields.Audit(),
    ]);

    private static FieldSchema CustomField(CustomFieldSeed seed)
    {
        var (type, length) = seed.Type switch
        {
            CustomFieldSeed.TextType => (FieldType.String, seed.Length),
            CustomFieldSeed.NumberType => (FieldType.Double, 0),
            CustomFieldSeed.CheckboxType => (FieldType.Boolean, 0),
            CustomFieldSeed.DateType => (FieldType.Date, 0),
            _ => (FieldType.DateTime, 0),
        };
        return new FieldSchema
        {
            Name = seed.Name,
            Label = seed.Label ?? seed.Name,
            Type = type,
            Length = length,
            Createable = true,
            Updateable = true,
            Nillable = type != FieldType.Boolean,
            DefaultedOnCreate = type == FieldType.Boolean,
            ExternalId = seed.ExternalId,
            Unique = seed.Unique,
            CaseSensitive = seed.CaseSensitive,
            Custom = true,
        };
    }
}
