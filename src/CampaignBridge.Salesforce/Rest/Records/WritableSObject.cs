using System.Diagnostics.CodeAnalysis;
using CampaignBridge.Salesforce.Rest;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A record to write with sObject Collections: its object type, for updates its record id, and field values by API
/// name (case-insensitive, like Salesforce API names; kept in the order set).
/// <code>
/// var task = new WritableSObject("Task")
/// {
///     ["Genesys_Conversation_Id__c"] = conversationId,
///     ["WhoId"] = leadId,
///     ["CallDurationInSeconds"] = 31,
///     ["ActivityDate"] = new DateOnly(2026, 12, 1),
/// }.SetOnCreate("TaskSubtype", "Call");
/// var lead = new WritableSObject("Lead", leadId) { ["DoNotCall"] = true };
/// </code>
/// Do not change a record while a call that was given it is running.
/// </summary>
public sealed class WritableSObject
{
    private readonly OrderedDictionary<string, SObjectFieldValue> _fields = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _createOnly = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a record of <paramref name="type"/>.</summary>
    /// <param name="type">The object API name, e.g. <c>Task</c>, <c>Lead</c>, <c>CampaignMember</c>.</param>
    /// <param name="id">The record id, for updates (15 or 18 characters); null for upserts by external id.</param>
    /// <exception cref="ArgumentException">The type is not an API name, or the id is not a Salesforce record id.</exception>
    public WritableSObject(string type, string? id = null)
    {
        Type = ApiNames.Check(type, nameof(type));
        if (id is not null && !SalesforceRecordId.TryParse(id, out _, out var problem))
        {
            throw new ArgumentException($"The record id is not valid: {problem}.", nameof(id));
        }

        Id = id;
    }

    /// <summary>The object API name (<c>attributes.type</c>).</summary>
    public string Type { get; }

    /// <summary>The record id (sent as <c>id</c>), or null.</summary>
    public string? Id { get; }

    /// <summary>Number of fields set.</summary>
    public int Count => _fields.Count;

    /// <summary>The names of the fields set, in the order set.</summary>
    public IEnumerable<string> FieldNames => _fields.Keys;

    /// <summary>The fields sent only when the write creates the record (see <see cref="SetOnCreate"/>).</summary>
    public IReadOnlySet<string> CreateOnlyFields => _createOnly;

    /// <summary>Gets or sets a field; setting a field that was create-only makes it an ordinary field.</summary>
    /// <exception cref="ArgumentException">The name is not an API name, or is <c>Id</c> / <c>attributes</c>.</exception>
    /// <exception cref="KeyNotFoundException">Get: the field is not set.</exception>
    public SObjectFieldValue this[string field]
    {
        get => _fields[field];
        set
        {
            _fields[CheckField(field)] = value;
            _createOnly.Remove(field);
        }
    }

    /// <summary>
    /// Sets a field that may be written only when the record is created, such as <c>Task.TaskSubtype</c>. An upsert
    /// sends it; a record the upsert matched (update path) that Salesforce refuses with
    /// <c>INVALID_FIELD_FOR_INSERT_UPDATE</c> on such fields only is resent once without them (reference §3.1).
    /// </summary>
    /// <returns>This record.</returns>
    public WritableSObject SetOnCreate(string field, SObjectFieldValue value)
    {
        _fields[CheckField(field)] = value;
        _createOnly.Add(field);
        return this;
    }

    /// <summary>Whether the field is set.</summary>
    public bool Contains(string field) => _fields.ContainsKey(field);

    /// <summary>Gets a field's value when it is set.</summary>
    public bool TryGetValue(string field, [MaybeNullWhen(false)] out SObjectFieldValue value) => _fields.TryGetValue(field, out value);

    /// <summary>Describes the record without its field values (they are often personal data).</summary>
    public override string ToString() => $"{Type} {{ Id = {Id ?? "(none)"}, Fields = {_fields.Count} }}";

    internal IEnumerable<KeyValuePair<string, SObjectFieldValue>> Fields => _fields;

    /// <summary>A copy without the create-only fields, for the resend on the update path.</summary>
    internal WritableSObject WithoutCreateOnlyFields()
    {
        var copy = new WritableSObject(Type, Id);
        foreach (var (name, value) in _fields)
        {
            if (!_createOnly.Contains(name))
            {
                copy._fields[name] = value;
            }
        }

        return copy;
    }

    private static string CheckField(string field)
    {
        ApiNames.Check(field, nameof(field));
        return field.Equals("Id", StringComparison.OrdinalIgnoreCase) || field.Equals("attributes", StringComparison.OrdinalIgnoreCase)
            ? throw new ArgumentException($"'{field}' is not a field to set: give the record id to the constructor.", nameof(field))
            : field;
    }
}
