namespace Emulators.Hosting;

/// <summary>
/// One request an emulator answered (admin endpoints are not recorded). Whether <see cref="Headers"/>,
/// <see cref="Query"/> and <see cref="Body"/> are raw or already redacted is the emulator's
/// <see cref="RequestRedaction"/> choice; the HTTP view (<c>GET /__emulator/requests</c>) is always redacted.
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
    /// <inheritdoc />
    public override string ToString() => $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {StatusCode}";
}
