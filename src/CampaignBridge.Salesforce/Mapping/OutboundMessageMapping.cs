namespace CampaignBridge.Salesforce;

/// <summary>
/// How the records of one Outbound Message endpoint become Genesys contacts; bound from
/// <c>Salesforce:OutboundMessages:&lt;name&gt;</c>, e.g.
/// <c>Salesforce:OutboundMessages:leads:ContactListId</c>, <c>…:Fields:MobilePhone = MobilePhone</c>,
/// <c>…:PhoneColumns:0 = MobilePhone</c>. Check it with <see cref="Validate(string)"/>.
/// </summary>
public sealed class OutboundMessageMapping
{
    /// <summary>The configuration section that holds one mapping per endpoint name.</summary>
    public const string SectionName = "Salesforce:OutboundMessages";

    /// <summary>The Salesforce field whose value becomes the contact id when <see cref="ContactIdField"/> is not set.</summary>
    public const string DefaultContactIdField = "Id";

    /// <summary>The Salesforce field read first for a record's modification time when <see cref="ModifiedAtField"/> is not set.</summary>
    public const string DefaultModifiedAtField = "SystemModstamp";

    /// <summary>The field read for the modification time when the record has no usable <see cref="DefaultModifiedAtField"/>.</summary>
    public const string FallbackModifiedAtField = "LastModifiedDate";

    /// <summary>The Genesys contact list the contacts are written to.</summary>
    public Guid ContactListId { get; set; }

    /// <summary>Salesforce field API name -> contact list column. Fields not listed are ignored.</summary>
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Contact list column -> Salesforce field API name: the same map as <see cref="Fields"/>, spelt the other way round.
    /// Custom fields end in <c>__c</c>, and app settings and environment variables turn <c>__</c> into a section
    /// separator, so a custom field can only be named in a setting's value: <c>…:Columns:Region = Region__c</c>.
    /// </summary>
    public Dictionary<string, string> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Contact columns (values of <see cref="Fields"/>, keys of <see cref="Columns"/>) that hold phone numbers and are normalised to E.164.</summary>
    public List<string> PhoneColumns { get; set; } = [];

    /// <summary>The Salesforce field (a record id) used as the contact id; default <c>Id</c>, the record's own id.</summary>
    public string ContactIdField { get; set; } = DefaultContactIdField;

    /// <summary>
    /// The Salesforce date-time field that says when the record was last modified; it decides which of two queued
    /// updates of one contact wins (Salesforce delivers Outbound Messages out of order). Not set (the default):
    /// <see cref="DefaultModifiedAtField"/>, else <see cref="FallbackModifiedAtField"/>. Set: only that field is read.
    /// </summary>
    public string? ModifiedAtField { get; set; }

    /// <summary>
    /// Whether a record this endpoint receives re-queues an existing contact so the dialer calls it again
    /// (<c>…:Redial = true</c>). Off by default: an Outbound Message fires on any edit of the record, and Salesforce
    /// redelivers messages, so re-queueing would call people again who were already called. New contacts are dialed
    /// either way.
    /// </summary>
    public bool Redial { get; set; }

    /// <summary>
    /// What a mapped field that the record does not carry does to its column: true (the default) writes an empty value,
    /// false leaves the column as it is in Genesys. Salesforce probably leaves a field out of the message when it has no
    /// value rather than sending it as <c>xsi:nil</c> (salesforce-callers.md §9.3, UNCONFIRMED), so with false a phone
    /// number cleared in Salesforce would stay dialable in Genesys. A field sent as nil always clears its column. Every
    /// mapped field must therefore be among the fields the Outbound Message sends.
    /// </summary>
    public bool ClearAbsentFields { get; set; } = DefaultClearAbsentFields;

    /// <summary>The default of <see cref="ClearAbsentFields"/>: true, so that a cleared field is cleared in Genesys either way.</summary>
    public const bool DefaultClearAbsentFields = true;

    /// <summary>The configuration key of mapping <paramref name="mappingName"/>, e.g. <c>Salesforce:OutboundMessages:leads</c>.</summary>
    public static string SectionFor(string mappingName) => $"{SectionName}:{mappingName}";

    /// <summary>
    /// Lists what is wrong with this mapping, each message naming the setting to change; empty when it is usable.
    /// </summary>
    public IReadOnlyList<string> Validate(string mappingName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mappingName);
        string section = SectionFor(mappingName);
        var problems = new List<string>();

        if (ContactListId == Guid.Empty)
        {
            problems.Add($"{section}:ContactListId is missing: set it to the id (a GUID) of the Genesys contact list these records go to.");
        }

        var pairs = FieldColumnPairs();
        if (pairs.Count == 0)
        {
            problems.Add($"{section}:Fields is empty: map at least one Salesforce field to a contact list column, e.g. {section}:Fields:FirstName = FirstName (or {section}:Columns:Region = Region__c for a custom field).");
        }
        else
        {
            var fieldsByColumn = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach ((string field, string column) in pairs)
            {
                if (string.IsNullOrWhiteSpace(field) || string.IsNullOrWhiteSpace(column))
                {
                    problems.Add($"{section}:Fields has an entry with an empty Salesforce field name or column ('{field}' -> '{column}').");
                }
                else if (!fieldsByColumn.TryAdd(column.Trim(), field))
                {
                    problems.Add($"{section}:Fields maps both {fieldsByColumn[column.Trim()]} and {field} to the column {column}; map each column from one field.");
                }
            }

            foreach (string phoneColumn in PhoneColumns ?? [])
            {
                if (string.IsNullOrWhiteSpace(phoneColumn) || !fieldsByColumn.ContainsKey(phoneColumn.Trim()))
                {
                    problems.Add($"{section}:PhoneColumns lists '{phoneColumn}', which no entry of {section}:Fields maps to; list only mapped columns.");
                }
            }
        }

        if (string.IsNullOrWhiteSpace(ContactIdField))
        {
            problems.Add($"{section}:ContactIdField is empty: leave it out (the record Id is used) or name a Salesforce field holding a record id.");
        }

        if (ModifiedAtField is not null && string.IsNullOrWhiteSpace(ModifiedAtField))
        {
            problems.Add($"{section}:ModifiedAtField is empty: leave it out ({DefaultModifiedAtField}, else {FallbackModifiedAtField}, is used) or name a Salesforce date-time field.");
        }

        return problems;
    }

    /// <summary>Every (Salesforce field, contact column) pair of <see cref="Fields"/> and <see cref="Columns"/>.</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> FieldColumnPairs()
        => [.. Fields ?? [], .. (Columns ?? []).Select(pair => KeyValuePair.Create(pair.Value, pair.Key))];
}
