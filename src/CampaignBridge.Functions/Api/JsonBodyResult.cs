using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// Writes a value as JSON with <see cref="ApiJson.Options"/>. It needs no MVC services, so the same result
/// works under the Functions host and in a test that executes it against a <see cref="DefaultHttpContext"/>.
/// Nothing is written to a caller that has gone.
/// </summary>
public sealed class JsonBodyResult : IActionResult
{
    /// <summary>Creates a result.</summary>
    public JsonBodyResult(int statusCode, object value, string contentType = ApiJson.MediaType, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        StatusCode = statusCode;
        Value = value;
        ContentType = contentType;
        RetryAfter = retryAfter;
    }

    /// <summary>HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The body before serialization.</summary>
    public object Value { get; }

    /// <summary>The <c>Content-Type</c> (without charset).</summary>
    public string ContentType { get; }

    /// <summary>Sent as <c>Retry-After</c> (whole seconds, rounded up) when set.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <inheritdoc />
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = ContentType + "; charset=utf-8";
        if (RetryAfter is { } retryAfter)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        await CallerConnection.WriteBodyAsync(context.HttpContext, (body, cancellationToken) =>
            JsonSerializer.SerializeAsync(body, Value, Value.GetType(), ApiJson.Options, cancellationToken)).ConfigureAwait(false);
    }
}
