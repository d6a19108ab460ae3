namespace GenesysCloud.Emulator;

/// <summary>The analytics conversation endpoints (seed <c>settings.analytics</c>; genesys-call-results.md §1).</summary>
public sealed class AnalyticsSettings
{
    /// <summary>"Default page size is 25".</summary>
    public const int DefaultPageSize = 25;

    /// <summary>Largest <c>paging.pageSize</c> (UNCONFIRMED, 100 assumed).</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>A larger pageSize: <see cref="EmulatorSettings.PageSizeReject"/> (default, 400 <c>bad.request</c>) or <see cref="EmulatorSettings.PageSizeCap"/>.</summary>
    public string PageSizeOverMax { get; set; } = EmulatorSettings.PageSizeReject;

    /// <summary>"Pagination may not exceed 100000 results." (pageSize × pageNumber).</summary>
    public int MaxResults { get; set; } = 100_000;

    /// <summary>Longest interval of a query without any filter.</summary>
    public int MaxIntervalDaysWithoutFilter { get; set; } = 7;

    /// <summary>Longest interval of a query with a filter.</summary>
    public int MaxIntervalDaysWithFilter { get; set; } = 31;

    /// <summary>Text of the 400 for an over-long interval (UNCONFIRMED); <c>{0}</c> = the maximum days.</summary>
    public string IntervalTooLongMessage { get; set; } = "The interval may not exceed {0} days.";

    /// <summary>Ids per multi-get <c>GET .../conversations/details?id=</c> (UNCONFIRMED).</summary>
    public int MaxIdsPerMultiGet { get; set; } = 100;
}
