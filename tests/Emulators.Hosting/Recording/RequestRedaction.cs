using System.Net;

namespace Emulators.Hosting;

/// <summary>
/// Which parts of a recorded request are secret, supplied by each emulator: header names (the value keeps
/// its scheme word, e.g. <c>Bearer [redacted]</c>) and form/query field names (e.g. <c>client_secret</c>).
/// <see cref="RedactWhenRecorded"/> decides whether in-process assertions see raw values or only redacted ones.
/// </summary>
public sealed class RequestRedaction
{
    /// <summary>The text shown instead of a secret.</summary>
    public const string Mask = "[redacted]";

    /// <summary>Creates a redaction policy.</summary>
    /// <param name="headerNames">Headers whose values are secret (case-insensitive), e.g. <c>Authorization</c>.</param>
    /// <param name="fieldNames">Form-body and query fields whose values are secret (case-sensitive, as OAuth field names are).</param>
    /// <param name="redactWhenRecorded">True: requests are stored redacted, so nothing secret is kept even in process.</param>
    public RequestRedaction(IEnumerable<string> headerNames, IEnumerable<string> fieldNames, bool redactWhenRecorded)
    {
        HeaderNames = new HashSet<string>(headerNames, StringComparer.OrdinalIgnoreCase);
        FieldNames = new HashSet<string>(fieldNames, StringComparer.Ordinal);
        RedactWhenRecorded = redactWhenRecorded;
    }

    /// <summary>Headers whose values are replaced.</summary>
    public IReadOnlySet<string> HeaderNames { get; }

    /// <summary>Form and query fields whose values are replaced.</summary>
    public IReadOnlySet<string> FieldNames { get; }

    /// <summary>True: the recorder stores the redacted form; false: raw in process, redacted over HTTP.</summary>
    public bool RedactWhenRecorded { get; }

    /// <summary>The request with every secret header value, form field and query field replaced by <see cref="Mask"/>.</summary>
    public RecordedRequest Apply(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request with
        {
            Headers = request.Headers.ToDictionary(h => h.Key, h => HeaderNames.Contains(h.Key) ? MaskHeader(h.Value) : h.Value, StringComparer.OrdinalIgnoreCase),
            Query = RedactPairs(request.Query),
            Body = LooksLikeJson(request.Body) ? request.Body : RedactPairs(request.Body),
        };
    }

    /// <summary><c>Bearer abc</c> → <c>Bearer [redacted]</c>; a value without a scheme → <c>[redacted]</c>.</summary>
    private static string MaskHeader(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? value[..space] + " " + Mask : Mask;
    }

    /// <summary>Replaces the values of secret fields in <c>a=1&amp;b=2</c> text; anything else is left as it is.</summary>
    private string RedactPairs(string text)
    {
        if (text.Length == 0 || FieldNames.Count == 0 || !text.Contains('=', StringComparison.Ordinal))
        {
            return text;
        }

        return string.Join('&', text.Split('&').Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return pair;
            }

            var name = WebUtility.UrlDecode(pair[..equals]);
            return FieldNames.Contains(name) ? pair[..(equals + 1)] + Mask : pair;
        }));
    }

    private static bool LooksLikeJson(string body)
    {
        var trimmed = body.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] is '{' or '[';
    }
}
