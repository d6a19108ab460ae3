namespace CampaignBridge.Salesforce;

/// <summary>The bounds <see cref="ISalesforceClient"/> keeps to.</summary>
public static class SalesforceRestLimits
{
    /// <summary>Records per sObject Collections request (reference §3.1, §5); more are refused, not chunked.</summary>
    public const int MaxRecordsPerRequest = 200;

    /// <summary>
    /// Records a query may return: 10,000. The client's lookups are IN lists of at most 200 ids (a few hundred rows); a
    /// larger result means a query that forgot its filter, which would cost a call per page. More fail with
    /// <c>salesforce.query_too_large</c> as soon as <c>totalSize</c> shows it.
    /// </summary>
    public const int MaxQueryRecords = 10_000;

    /// <summary>Pages (<c>nextRecordsUrl</c>) a query may follow: 50, i.e. <see cref="MaxQueryRecords"/> at the smallest page size of 200.</summary>
    public const int MaxQueryPages = 50;
}
