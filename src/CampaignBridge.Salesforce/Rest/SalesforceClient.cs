using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Salesforce.Rest;

/// <summary><see cref="ISalesforceClient"/> over <see cref="SalesforceApiTransport"/>.</summary>
internal sealed partial class SalesforceClient(
    SalesforceApiTransport transport,
    SalesforceEndpoints endpoints,
    ApiAllocationGuard allocation,
    ILogger<SalesforceClient> logger) : ISalesforceClient
{
    private const string InvalidFieldForInsertUpdate = "INVALID_FIELD_FOR_INSERT_UPDATE";

    private static SalesforceJsonContext Json => SalesforceJsonContext.Wire;

    public ApiUsage? LatestApiUsage => allocation.Latest;

    public async Task<IReadOnlyList<SaveResult>> UpsertAsync(
        string sObjectType, string externalIdField, IReadOnlyList<WritableSObject> records, CancellationToken cancellationToken)
    {
        var type = ApiNames.Check(sObjectType, nameof(sObjectType));
        var key = ApiNames.Check(externalIdField, nameof(externalIdField));
        CheckCount(records);
        foreach (var record in records)
        {
            CheckUpsertRecord(record, type, key);
        }

        if (records.Count == 0)
        {
            return [];
        }

        var path = $"{endpoints.DataPath}composite/sobjects/{type}/{key}";
        var operation = $"upsert of {records.Count} {type} records by {key}";
        var results = await WriteAsync(HttpMethod.Patch, path, records, operation, heldBackWhenAllocationLow: true, cancellationToken).ConfigureAwait(false);
        return await ResendWithoutCreateOnlyFieldsAsync(path, type, records, results, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SaveResult>> UpdateAsync(IReadOnlyList<WritableSObject> records, CancellationToken cancellationToken)
    {
        CheckCount(records);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            if (record.Id is null)
            {
                throw new ArgumentException($"A record to update needs its id ({record}).", nameof(records));
            }

            if (record.CreateOnlyFields.Count > 0)
            {
                throw new ArgumentException($"A record to update cannot carry create-only fields ({string.Join(", ", record.CreateOnlyFields)}).", nameof(records));
            }
        }

        if (records.Count == 0)
        {
            return [];
        }

        var types = string.Join(", ", records.Select(r => r.Type).Distinct(StringComparer.OrdinalIgnoreCase));
        return await WriteAsync(HttpMethod.Patch, $"{endpoints.DataPath}composite/sobjects", records, $"update of {records.Count} records ({types})",
            heldBackWhenAllocationLow: true, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<QueryRecord>> QueryAsync(string soql, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(soql);
        // Logs name the queried object, never the query: its literals can be personal data.
        var operation = FromClause().Match(soql) is { Success: true } from ? $"query of {from.Groups[1].Value}" : "query";
        var path = $"{endpoints.DataPath}query?q={Uri.EscapeDataString(soql)}";
        var records = new List<QueryRecord>();
        for (var page = 1; page <= SalesforceRestLimits.MaxQueryPages; page++)
        {
            var result = await transport.SendAsync(new RestCall(HttpMethod.Get, path, operation), Json.QueryPage, cancellationToken).ConfigureAwait(false);
            if (result.TotalSize > SalesforceRestLimits.MaxQueryRecords || records.Count + result.Records.Count > SalesforceRestLimits.MaxQueryRecords)
            {
                throw TooLarge(operation, $"matched {Math.Max(result.TotalSize, records.Count + result.Records.Count)} records");
            }

            records.AddRange(result.Records.Select(r => new QueryRecord(r)));
            if (result.Done || result.NextRecordsUrl is null)
            {
                return records;
            }

            path = NextPagePath(result.NextRecordsUrl, operation);
        }

        throw TooLarge(operation, $"needs more than {SalesforceRestLimits.MaxQueryPages} pages");
    }

    public async Task<SObjectDescription> DescribeAsync(string sObjectType, CancellationToken cancellationToken)
    {
        var type = ApiNames.Check(sObjectType, nameof(sObjectType));
        var call = new RestCall(HttpMethod.Get, $"{endpoints.DataPath}sobjects/{type}/describe", $"describe of {type}")
        {
            NotFoundHint = $"The object {type} does not exist in this org, or the Run As user cannot see it: grant Read on {type} in the integration "
                + "user's permission set (Setup > Permission Sets > Object Settings), and check that the feature providing it is enabled.",
        };
        return await transport.SendAsync(call, Json.SObjectDescription, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<SaveResult>> WriteAsync(
        HttpMethod method, string path, IReadOnlyList<WritableSObject> records, string operation, bool heldBackWhenAllocationLow, CancellationToken cancellationToken)
    {
        var call = new RestCall(method, path, operation)
        {
            Content = JsonContent.Create(new CollectionRequest(AllOrNone: false, records), Json.CollectionRequest),
            HeldBackWhenAllocationLow = heldBackWhenAllocationLow,
        };
        var results = await transport.SendAsync(call, Json.IReadOnlyListSaveResult, cancellationToken).ConfigureAwait(false);
        return results.Count == records.Count
            ? results
            : throw transport.Unreadable(operation, 200, $"{results.Count} results for {records.Count} records");
    }

    /// <summary>
    /// Reference §3.1: a create-only field (e.g. <c>TaskSubtype</c>) may fail the update path of an upsert with
    /// INVALID_FIELD_FOR_INSERT_UPDATE even when unchanged (UNCONFIRMED for Task). Those records, and only those whose
    /// every error names create-only fields alone, go out once more without them, in one request. It is part of the write
    /// already admitted, so the allocation guard does not stop it halfway.
    /// </summary>
    private async Task<IReadOnlyList<SaveResult>> ResendWithoutCreateOnlyFieldsAsync(
        string path, string type, IReadOnlyList<WritableSObject> records, IReadOnlyList<SaveResult> results, CancellationToken cancellationToken)
    {
        var refused = Enumerable.Range(0, records.Count).Where(i => RefusedOnlyForCreateOnlyFields(records[i], results[i])).ToList();
        if (refused.Count == 0)
        {
            return results;
        }

        SalesforceRestLog.ResendingWithoutCreateOnlyFields(logger, refused.Count);
        var resent = await WriteAsync(HttpMethod.Patch, path, [.. refused.Select(i => records[i].WithoutCreateOnlyFields())],
            $"upsert of {refused.Count} {type} records without their create-only fields", heldBackWhenAllocationLow: false, cancellationToken).ConfigureAwait(false);
        var merged = results.ToArray();
        for (var i = 0; i < refused.Count; i++)
        {
            // The record was matched (that is why its create-only fields were refused), so it was updated, not created.
            merged[refused[i]] = resent[i] is { Success: true, Created: null } updated ? updated with { Created = false } : resent[i];
        }

        return merged;
    }

    private static bool RefusedOnlyForCreateOnlyFields(WritableSObject record, SaveResult result)
        => !result.Success && record.CreateOnlyFields.Count > 0 && result.Errors.Count > 0
           && result.Errors.All(e => e.StatusCode == InvalidFieldForInsertUpdate && e.Fields.Count > 0 && e.Fields.All(record.CreateOnlyFields.Contains));

    private static void CheckCount(IReadOnlyList<WritableSObject> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records.Count, SalesforceRestLimits.MaxRecordsPerRequest, nameof(records));
    }

    private static void CheckUpsertRecord(WritableSObject record, string type, string key)
    {
        ArgumentNullException.ThrowIfNull(record, "records");
        if (!record.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An upsert of {type} records got a {record.Type} record; one request takes one object type.", "records");
        }

        if (record.Id is not null)
        {
            throw new ArgumentException($"A record to upsert by {key} carries no record id ({record}); use UpdateAsync to write by id.", "records");
        }

        if (!record.TryGetValue(key, out var value) || value.IsNull || record.CreateOnlyFields.Contains(key))
        {
            throw new ArgumentException($"A record to upsert lacks its external id {key} ({record}).", "records");
        }
    }

    /// <summary>
    /// <c>nextRecordsUrl</c> is a path on the same org (<c>/services/data/vNN.N/query/01g…-2000</c>). Anything else is
    /// refused rather than followed: an absolute or protocol-relative URL would carry the bearer token to another host.
    /// </summary>
    private string NextPagePath(string nextRecordsUrl, string operation)
        => nextRecordsUrl.StartsWith("/services/data/", StringComparison.Ordinal) && Uri.TryCreate(nextRecordsUrl, UriKind.Relative, out _)
            ? nextRecordsUrl[1..]
            : throw transport.Unreadable(operation, 200, "a nextRecordsUrl that is not a path of this org's REST API");

    private SalesforceApiException TooLarge(string operation, string what)
        => transport.Logged(new SalesforceApiException(SalesforceErrorCodes.QueryTooLarge,
            $"Salesforce {operation} {what}; this client reads at most {SalesforceRestLimits.MaxQueryRecords} records in {SalesforceRestLimits.MaxQueryPages} pages.",
            "Narrow the query (a WHERE clause with an IN list of at most 200 ids, or a LIMIT) and run it in parts."), operation);

    [GeneratedRegex(@"\bFROM\s+([A-Za-z][A-Za-z0-9_]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromClause();
}
