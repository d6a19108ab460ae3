namespace CampaignBridge.Salesforce;

/// <summary>
/// Typed calls into one Salesforce org's REST API as the External Client App's Run As user. Failures throw
/// <see cref="SalesforceApiException"/> (branch on <see cref="SalesforceApiException.ErrorCode"/>); per-record failures
/// of a write come back in its <see cref="SaveResult"/>s instead. Every call is idempotent and retried on 5xx and
/// connection failures; a 401 gets one new token. Registered as a singleton by
/// <see cref="SalesforceRestServiceCollectionExtensions.AddSalesforceRest"/>.
/// </summary>
public interface ISalesforceClient
{
    /// <summary>
    /// The org's API usage from the latest <c>Sforce-Limit-Info</c> header this client received, or null before the
    /// first response. Writes are held back while it shows less left than <see cref="SalesforceClientOptions.ApiRequestReserve"/>.
    /// </summary>
    ApiUsage? LatestApiUsage { get; }

    /// <summary>
    /// Upserts up to <see cref="SalesforceRestLimits.MaxRecordsPerRequest"/> records of one type by an external id
    /// (<c>PATCH /composite/sobjects/{type}/{field}</c>, <c>allOrNone=false</c>): no match inserts, one match updates.
    /// Returns one <see cref="SaveResult"/> per record, in order. Records that failed only because Salesforce refused
    /// their create-only fields (<see cref="WritableSObject.SetOnCreate"/>) on the update path are resent once without them.
    /// </summary>
    /// <remarks>
    /// De-duplicate the external ids first: two records with the same key in one request both fail. More than 200
    /// records are refused, not chunked, so that the caller decides the batches (lock contention) and never gets a
    /// half-written call.
    /// </remarks>
    /// <param name="sObjectType">The object API name, e.g. <c>Task</c>.</param>
    /// <param name="externalIdField">The external id field, e.g. <c>Genesys_Conversation_Id__c</c>; every record must set it.</param>
    /// <param name="records">The records, all of <paramref name="sObjectType"/>, without record ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="SalesforceRestLimits.MaxRecordsPerRequest"/> records.</exception>
    /// <exception cref="ArgumentException">A name is not an API name, or a record is of another type, has an id, or lacks the external id.</exception>
    /// <exception cref="SalesforceApiException">The request failed as a whole, or was held back (<c>salesforce.api_allocation_low</c>).</exception>
    Task<IReadOnlyList<SaveResult>> UpsertAsync(string sObjectType, string externalIdField, IReadOnlyList<WritableSObject> records, CancellationToken cancellationToken);

    /// <summary>
    /// Updates up to <see cref="SalesforceRestLimits.MaxRecordsPerRequest"/> records by id (<c>PATCH /composite/sobjects</c>,
    /// <c>allOrNone=false</c>); types may be mixed (e.g. Lead <c>DoNotCall</c> and CampaignMember <c>Status</c>).
    /// Returns one <see cref="SaveResult"/> per record, in order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="SalesforceRestLimits.MaxRecordsPerRequest"/> records.</exception>
    /// <exception cref="ArgumentException">A record has no id, or has create-only fields.</exception>
    /// <exception cref="SalesforceApiException">The request failed as a whole, or was held back (<c>salesforce.api_allocation_low</c>).</exception>
    Task<IReadOnlyList<SaveResult>> UpdateAsync(IReadOnlyList<WritableSObject> records, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a SOQL query (<c>GET /query</c>) and follows <c>nextRecordsUrl</c> to the end, at most
    /// <see cref="SalesforceRestLimits.MaxQueryPages"/> pages and <see cref="SalesforceRestLimits.MaxQueryRecords"/> records.
    /// Build literals with <see cref="Soql"/>. Each page is one API call.
    /// </summary>
    /// <exception cref="SalesforceApiException">The query failed (<c>salesforce.bad_request</c> for bad SOQL) or matched too much (<c>salesforce.query_too_large</c>).</exception>
    Task<IReadOnlyList<QueryRecord>> QueryAsync(string soql, CancellationToken cancellationToken);

    /// <summary>
    /// Describes an object as the Run As user sees it (<c>GET /sobjects/{type}/describe</c>): which fields exist for it and
    /// which it may create and update. An object the user cannot see is <c>salesforce.not_found</c>.
    /// </summary>
    /// <exception cref="SalesforceApiException">The describe failed.</exception>
    Task<SObjectDescription> DescribeAsync(string sObjectType, CancellationToken cancellationToken);
}
