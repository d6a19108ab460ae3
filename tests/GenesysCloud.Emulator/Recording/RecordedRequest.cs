namespace GenesysCloud.Emulator;

/// <summary>
/// One request the emulator answered (admin endpoints are not recorded). <see cref="Headers"/> are raw,
/// including Authorization, for in-process assertions; the HTTP view (<c>GET /__emulator/requests</c>) redacts them.
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path, e.g. <c>/api/v2/outbound/campaigns</c>.</param>
/// <param name="Query">Query string without the leading <c>?</c> (empty when none).</param>
/// <param name="Headers">Request headers (case-insensitive keys; repeated values joined with <c>, </c>).</param>
/// <param name="Body">Request body as UTF-8 text (empty when none).</param>
/// <param name="StatusCode">Status answered; 0 when the connection was dropped by a fault.</param>
/// <param name="Timestamp">When it arrived (emulator TimeProvider).</param>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode,
    DateTimeOffset Timestamp)
{
    /// <summary>Headers with the Authorization value replaced, for anything that leaves the process.</summary>
    public IReadOnlyDictionary<string, string> RedactedHeaders() =>
        Headers.ToDictionary(
            h => h.Key,
            h => string.Equals(h.Key, "Authorization", StringComparison.OrdinalIgnoreCase) ? Redacted : h.Value,
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The value shown instead of a secret.</summary>
    public const string Redacted = "[redacted]";

    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {StatusCode}";
}
