using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Functions.Contacts;

/// <summary>
/// Validates an UpsertContacts body in two steps shared by the synchronous and queued paths: <see cref="CheckShape"/>
/// (needs nothing but the body) and <see cref="Plan"/> (checks each record against the contact list's columns and
/// normalises phone columns to E.164).
/// </summary>
public sealed class ContactUpsertRequestValidator
{
    /// <summary>Most records one request may carry; the Genesys client writes them 1000 at a time.</summary>
    public const int MaxContactsPerRequest = 5000;

    /// <summary>Longest accepted column value.</summary>
    public const int MaxValueLength = 4000;

    private readonly PhoneNumberNormalizer _phones;

    /// <summary>Creates the validator.</summary>
    public ContactUpsertRequestValidator(PhoneNumberNormalizer phones) => _phones = phones;

    /// <summary>Request-level checks; a problem here means nothing can be written.</summary>
    public static ApiProblem? CheckShape(HttpContext? context, UpsertContactsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Options is { Redial: true, DoNotQueue: true })
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.InvalidValue, "$.options.redial",
                "options.redial = true asks Genesys to dial existing contacts again, options.doNotQueue = true asks it not to; send one of them.",
                "Leave both out to keep existing contacts' place in the queue (nobody already called is called again), or send redial = true to call them again.");
        }

        return RequestListRules.IsUsable(request.Contacts, context, "$.contacts", "{id, data} records", "record", "records", MaxContactsPerRequest, out var problem)
            ? null
            : problem;
    }

    /// <summary>
    /// The rejections that need no contact list (id, repeated id, no data), when they rule out every record; null when
    /// at least one record may be valid. The caller then refuses the batch without asking Genesys for the list.
    /// </summary>
    public static IReadOnlyList<RejectedRecord>? RejectAllWithoutList(UpsertContactsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seen = new Dictionary<SalesforceRecordId, int>();
        var rejected = new List<RejectedRecord>();
        var records = request.Contacts ?? [];
        for (var index = 0; index < records.Count; index++)
        {
            var problems = new List<RejectedRecord>();
            CheckIdentity(index, records[index], seen, problems);
            if (problems.Count == 0)
            {
                return null;
            }

            rejected.AddRange(problems);
        }

        return rejected;
    }

    /// <summary>Checks every record against <paramref name="contactList"/>; valid records are written, others reported.</summary>
    public ContactUpsertPlan Plan(string contactListId, UpsertContactsRequest request, ContactList contactList)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(contactList);
        var columns = new HashSet<string>(contactList.ColumnNames, StringComparer.Ordinal);
        var phoneColumns = new HashSet<string>(
            contactList.PhoneColumns.Select(c => c.ColumnName).OfType<string>(), StringComparer.Ordinal);
        var seen = new Dictionary<SalesforceRecordId, int>();
        var accepted = new List<WritableDialerContact>();
        var rejected = new List<RejectedRecord>();

        var records = request.Contacts ?? [];
        for (var index = 0; index < records.Count; index++)
        {
            var problems = new List<RejectedRecord>();
            var contact = PlanOne(index, records[index], columns, phoneColumns, seen, problems, contactList.Name ?? contactListId);
            if (problems.Count == 0 && contact is not null)
            {
                accepted.Add(contact with { ContactListId = contactListId });
            }

            rejected.AddRange(problems);
        }

        var options = request.Options;
        return new ContactUpsertPlan(
            accepted,
            rejected,
            new ContactWriteOptions(options?.Priority ?? false, options?.ClearSystemData ?? false, options?.KeepsQueuePositions ?? true));
    }

    // The checks that need no contact list; the record's column values, or null when it cannot be checked further
    // (null, or no usable data).
    private static List<KeyValuePair<string, string?>>? CheckIdentity(int index, ContactRecord? record, Dictionary<SalesforceRecordId, int> seen, List<RejectedRecord> problems)
    {
        if (record is null)
        {
            problems.Add(new RejectedRecord(string.Empty, $"$.contacts[{index}]", "the record is null"));
            return null;
        }

        var shownId = record.Id ?? string.Empty;
        if (!SalesforceRecordId.TryParse(record.Id, out var id, out var idProblem))
        {
            problems.Add(new RejectedRecord(shownId, "id", idProblem));
        }
        else if (seen.TryGetValue(id, out var first))
        {
            problems.Add(new RejectedRecord(shownId, "id", $"the same record id appears earlier in this request (record {first}); send each record once"));
        }
        else
        {
            seen[id] = index;
        }

        return ColumnValues(record, shownId, problems);
    }

    private WritableDialerContact? PlanOne(
        int index,
        ContactRecord? record,
        HashSet<string> columns,
        HashSet<string> phoneColumns,
        Dictionary<SalesforceRecordId, int> seen,
        List<RejectedRecord> problems,
        string listName)
    {
        if (CheckIdentity(index, record, seen, problems) is not { } values)
        {
            return null;
        }

        var shownId = record!.Id ?? string.Empty;
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, rawValue) in values)
        {
            if (!columns.Contains(column))
            {
                var suggestion = columns.FirstOrDefault(c => string.Equals(c, column, StringComparison.OrdinalIgnoreCase));
                problems.Add(new RejectedRecord(shownId, column, suggestion is null
                    ? $"'{column}' is not a column of contact list '{listName}' (columns: {string.Join(", ", columns.Order(StringComparer.Ordinal))})"
                    : $"'{column}' is not a column of contact list '{listName}'; column names are case-sensitive: did you mean '{suggestion}'?"));
                continue;
            }

            var value = rawValue?.Trim() ?? string.Empty;
            if (value.Length > MaxValueLength)
            {
                problems.Add(new RejectedRecord(shownId, column, $"the value is {value.Length} characters long; at most {MaxValueLength} are accepted"));
                continue;
            }

            if (value.Length > 0 && phoneColumns.Contains(column))
            {
                var normalized = _phones.Normalize(value);
                if (!normalized.Succeeded)
                {
                    problems.Add(new RejectedRecord(shownId, column, $"not a valid phone number ({normalized.Reason}; numbers without + are read as {_phones.DefaultRegion})"));
                    continue;
                }

                value = normalized.E164;
            }

            data[column] = value;
        }

        return new WritableDialerContact { Id = record.Id, Data = data };
    }

    /// <summary>
    /// The record's column values from <c>data</c> (the map Apex sends) or <c>fields</c> (the <c>{column, value}</c> list a
    /// Flow sends); null, with the problem added, when it has neither, both, or a list naming a column twice or none.
    /// </summary>
    private static List<KeyValuePair<string, string?>>? ColumnValues(ContactRecord record, string shownId, List<RejectedRecord> problems)
    {
        var hasData = record.Data is { Count: > 0 };
        var hasFields = record.Fields is { Count: > 0 };
        if (hasData && hasFields)
        {
            problems.Add(new RejectedRecord(shownId, "fields", "the record has both data and fields; send its columns one way: data (a map) or fields (a list of {column, value})"));
            return null;
        }

        if (hasData)
        {
            return [.. record.Data!];
        }

        if (!hasFields)
        {
            problems.Add(new RejectedRecord(shownId, "data", "no column values: data (or fields) must give at least one column a value"));
            return null;
        }

        var values = new List<KeyValuePair<string, string?>>(record.Fields!.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < record.Fields.Count; index++)
        {
            if (record.Fields[index] is not { Column: { Length: > 0 } column } field)
            {
                problems.Add(new RejectedRecord(shownId, $"fields[{index}]", "each entry of fields needs a column name"));
                return null;
            }

            if (!seen.Add(column))
            {
                problems.Add(new RejectedRecord(shownId, column, $"the column '{column}' appears more than once in fields; give each column one value"));
                return null;
            }

            values.Add(KeyValuePair.Create(column, field.Value));
        }

        return values;
    }
}
