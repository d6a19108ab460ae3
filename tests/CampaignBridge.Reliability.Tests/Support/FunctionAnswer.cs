using System.Text.Json;

namespace CampaignBridge.Reliability.Tests.Support;

/// <summary>A function's response as the caller would receive it.</summary>
public sealed record FunctionAnswer(int Status, string? ContentType, string Body, string? RetryAfter)
{
    public bool Succeeded => Status is >= 200 and < 300;

    /// <summary>The problem+json <c>code</c>, or the code that starts a SOAP fault string (<c>code: detail</c>).</summary>
    public string? Code => ProblemProperty("code") ?? SoapFaultCode();

    /// <summary>
    /// A clear failure: a 4xx/5xx problem+json with a stable code and a detail or hint that says what is wrong,
    /// or a SOAP fault with a fault string (the Outbound Message receiver).
    /// </summary>
    public bool IsClearFailure =>
        Status >= 400
        && ((ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true
             && !string.IsNullOrWhiteSpace(Code)
             && (!string.IsNullOrWhiteSpace(ProblemProperty("detail")) || !string.IsNullOrWhiteSpace(ProblemProperty("hint"))))
            || (ContentType?.StartsWith("text/xml", StringComparison.Ordinal) == true
                && Body.Contains("<faultstring>", StringComparison.Ordinal)
                && !Body.Contains("<faultstring></faultstring>", StringComparison.Ordinal)));

    public string? ProblemProperty(string name)
    {
        if (ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) != true)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string? SoapFaultCode()
    {
        if (ContentType?.StartsWith("text/xml", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var start = Body.IndexOf("<faultstring>", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "<faultstring>".Length;
        var colon = Body.IndexOf(':', start);
        var end = Body.IndexOf('<', start);
        return colon > start && (end < 0 || colon < end) ? Body[start..colon] : null;
    }

    public override string ToString() => $"{Status} {ContentType} {Body}";
}
