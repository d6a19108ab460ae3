using System.Globalization;

namespace CampaignBridge.Salesforce;

/// <summary>
/// Turns Outbound Message notifications into Genesys contacts according to one <see cref="OutboundMessageMapping"/>.
/// The contact id is the record's Salesforce id (checked with <see cref="SalesforceRecordId"/>); a mapped field the
/// record does not carry, or carries as nil, clears its column (unless <see cref="OutboundMessageMapping.ClearAbsentFields"/>
/// is off, which keeps absent ones as they are); phone columns are normalised to E.164 and a number that cannot be is a
/// rejection (its column is left out). The record's modification time (<see cref="MappedContact.ModifiedAt"/>) is read
/// from <see cref="OutboundMessageMapping.ModifiedAtField"/>. Immutable and thread-safe.
/// </summary>
public sealed class OutboundMessageMapper
{
    /// <summary>xsd:dateTime with or without fractional seconds; a missing offset is read as UTC.</summary>
    private static readonly string[] IsoDateTimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];

    private readonly FieldRule[] _rules;
    private readonly string _contactIdField;
    private readonly string[] _modifiedAtFields;
    private readonly PhoneNumberNormalizer _phoneNumbers;
    private readonly bool _clearAbsentFields;

    /// <summary>Checks and compiles <paramref name="mapping"/>.</summary>
    /// <param name="mappingName">The endpoint name (the <c>&lt;name&gt;</c> of <c>Salesforce:OutboundMessages:&lt;name&gt;</c>).</param>
    /// <param name="mapping">The bound mapping.</param>
    /// <param name="phoneNumbers">Normalises the phone columns.</param>
    /// <exception cref="InvalidSettingException">The mapping is not usable; the message lists every problem with its setting.</exception>
    public OutboundMessageMapper(string mappingName, OutboundMessageMapping mapping, PhoneNumberNormalizer phoneNumbers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mappingName);
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(phoneNumbers);

        IReadOnlyList<string> problems = mapping.Validate(mappingName);
        if (problems.Count > 0)
        {
            throw new InvalidSettingException(OutboundMessageMapping.SectionFor(mappingName), string.Join(" ", problems));
        }

        MappingName = mappingName;
        ContactListId = mapping.ContactListId;
        Redial = mapping.Redial;
        _contactIdField = mapping.ContactIdField.Trim();
        _modifiedAtFields = mapping.ModifiedAtField is { } modifiedAtField
            ? [modifiedAtField.Trim()]
            : [OutboundMessageMapping.DefaultModifiedAtField, OutboundMessageMapping.FallbackModifiedAtField];
        _phoneNumbers = phoneNumbers;
        var phoneColumns = new HashSet<string>(mapping.PhoneColumns.Select(column => column.Trim()), StringComparer.Ordinal);
        _rules = [.. mapping.FieldColumnPairs().Select(pair => new FieldRule(pair.Key.Trim(), pair.Value.Trim(), phoneColumns.Contains(pair.Value.Trim())))];
        _clearAbsentFields = mapping.ClearAbsentFields;
        FieldsRead = new HashSet<string>(
            [.. _rules.Select(rule => rule.Field), _contactIdField, .. _modifiedAtFields],
            StringComparer.OrdinalIgnoreCase);
        ParserOptions = new OutboundMessageParserOptions { KeptFields = FieldsRead };
    }

    /// <summary>The Salesforce fields this mapper reads: the mapped fields, the contact id field and the modification-time fields.</summary>
    public IReadOnlySet<string> FieldsRead { get; }

    /// <summary>Parser options that keep only <see cref="FieldsRead"/>, so fields the mapping ignores never take memory.</summary>
    public OutboundMessageParserOptions ParserOptions { get; }

    /// <summary>The endpoint name this mapper was built for.</summary>
    public string MappingName { get; }

    /// <summary>The Genesys contact list the contacts belong to.</summary>
    public Guid ContactListId { get; }

    /// <summary>Whether existing contacts are re-queued for dialing (<see cref="OutboundMessageMapping.Redial"/>).</summary>
    public bool Redial { get; }

    /// <summary>Maps one notification.</summary>
    public ContactMappingResult Map(OutboundNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        SObjectRecord? record = notification.SObject;
        if (record is null)
        {
            return Rejected(notification, null, "the notification carries no record (Salesforce sends none when the record was deleted before delivery)");
        }

        record.Fields.TryGetValue(_contactIdField, out string? rawId);
        string? contactId = rawId?.Trim();
        if (string.IsNullOrEmpty(contactId))
        {
            return Rejected(notification, null, $"the record has no {_contactIdField}, so it cannot become a contact; add {_contactIdField} to the fields the Outbound Message sends");
        }

        if (!SalesforceRecordId.TryParse(contactId, out _, out string? idProblem))
        {
            return Rejected(notification, null, idProblem);
        }

        var data = new Dictionary<string, string>(_rules.Length, StringComparer.Ordinal);
        List<ContactRejection>? rejections = null;
        foreach (FieldRule rule in _rules)
        {
            if (!record.Fields.TryGetValue(rule.Field, out string? value))
            {
                // Salesforce probably leaves out a field without a value (§9.3, UNCONFIRMED): clear the column by default.
                if (_clearAbsentFields)
                {
                    data[rule.Column] = string.Empty;
                }

                continue;
            }

            if (string.IsNullOrWhiteSpace(value))
            {
                // Nil clears the column; a blank phone is cleared rather than rejected.
                data[rule.Column] = rule.IsPhone ? string.Empty : value ?? string.Empty;
                continue;
            }

            if (!rule.IsPhone)
            {
                data[rule.Column] = value;
                continue;
            }

            PhoneNumberNormalization phone = _phoneNumbers.Normalize(value);
            if (phone.Succeeded)
            {
                data[rule.Column] = phone.E164;
            }
            else
            {
                (rejections ??= []).Add(new ContactRejection(contactId, rule.Field, phone.Reason));
            }
        }

        return new ContactMappingResult
        {
            NotificationId = notification.Id,
            Contact = new MappedContact(contactId, data) { ModifiedAt = ReadModifiedAt(record) },
            Rejections = rejections is null ? [] : rejections,
        };
    }

    /// <summary>
    /// The first of the modification-time fields the record carries as an ISO-8601 date-time (xsd:dateTime, as
    /// Outbound Messages send it), in UTC; null when there is none. A value that cannot be read is skipped rather
    /// than refused: the update is still written, it just cannot be ordered by time.
    /// </summary>
    private DateTimeOffset? ReadModifiedAt(SObjectRecord record)
    {
        foreach (string field in _modifiedAtFields)
        {
            if (record.Fields.TryGetValue(field, out string? value)
                && value is not null
                && DateTimeOffset.TryParseExact(value.Trim(), IsoDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset modifiedAt))
            {
                return modifiedAt;
            }
        }

        return null;
    }

    private ContactMappingResult Rejected(OutboundNotification notification, string? contactId, string reason)
        => new()
        {
            NotificationId = notification.Id,
            Contact = null,
            Rejections = [new ContactRejection(contactId, _contactIdField, reason)],
        };

    private readonly record struct FieldRule(string Field, string Column, bool IsPhone);
}
