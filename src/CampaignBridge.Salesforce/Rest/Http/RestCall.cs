namespace CampaignBridge.Salesforce.Rest;

/// <summary>One REST request as the client describes it to <see cref="SalesforceApiTransport"/>.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path relative to the My Domain origin, e.g. <c>services/data/v65.0/query?q=…</c>.</param>
/// <param name="Operation">What is attempted, for messages and logs (no record values).</param>
internal sealed record RestCall(HttpMethod Method, string Path, string Operation)
{
    /// <summary>The JSON body, if any.</summary>
    public HttpContent? Content { get; init; }

    /// <summary>Whether the allocation guard decides first (writes); reads always go.</summary>
    public bool HeldBackWhenAllocationLow { get; init; }

    /// <summary>The hint of a 404, when the operation knows what it means.</summary>
    public string? NotFoundHint { get; init; }
}
