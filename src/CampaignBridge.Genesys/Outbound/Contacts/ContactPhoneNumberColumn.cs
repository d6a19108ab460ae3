namespace CampaignBridge.Genesys;

/// <summary>A phone column of a contact list (<c>{columnName, type}</c>).</summary>
public sealed record ContactPhoneNumberColumn
{
    /// <summary>The column name.</summary>
    public string? ColumnName { get; init; }

    /// <summary>The phone type, e.g. <c>cell</c> or <c>home</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The column holding callable times for this number, if any.</summary>
    public string? CallableTimeColumn { get; init; }
}
