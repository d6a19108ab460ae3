using System.Text.Json;
using CampaignBridge.Functions.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// Reads a JSON request body with the API's rules: <c>application/json</c> only (415; a charset, quoted or not, must be
/// UTF-8), at most <see cref="MaxBodyBytes"/> (413), complete (400 when the body broke off), well-formed and well-typed
/// JSON with no <c>null</c> below the root and no repeated member (400 naming the JSON path).
/// </summary>
public static class JsonBodyReader
{
    /// <summary>Largest accepted body: 1 MiB, comfortably above 1000 contacts of Salesforce data.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>Reads and deserializes the body of <paramref name="request"/>.</summary>
    public static async Task<JsonBodyReadResult<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = request.HttpContext;

        if (!IsJson(request.ContentType))
        {
            return Fail<T>(ApiProblems.Create(
                context,
                StatusCodes.Status415UnsupportedMediaType,
                ApiErrorCodes.UnsupportedMediaType,
                "The body must be JSON sent with 'Content-Type: application/json'.",
                "In Apex call req.setHeader('Content-Type', 'application/json') before sending.",
                field: "Content-Type"));
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Fail<T>(TooLarge(context));
        }

        byte[]? buffer;
        try
        {
            buffer = await ReadBoundedAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Kestrel's BadHttpRequestException (an IOException): a malformed chunk, a body shorter than declared, a
            // reset connection. The caller sent a broken request; nothing of it is used.
            return Fail<T>(exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } ? TooLarge(context) : Incomplete(context));
        }

        if (buffer is null)
        {
            return Fail<T>(TooLarge(context));
        }

        if (buffer.Length == 0)
        {
            return Fail<T>(ApiProblems.BadRequest(context, ApiErrorCodes.EmptyBody, "$", "The request body is empty; a JSON object is required."));
        }

        if (JsonStrictnessScan.FindFirst(buffer, ApiJson.Options.MaxDepth) is { } finding)
        {
            return Fail<T>(finding.IsDuplicate
                ? ApiProblems.BadRequest(context, ApiErrorCodes.DuplicateField, finding.Path, $"The field {finding.Path} appears more than once in its object; send each field once.")
                : ApiProblems.BadRequest(context, ApiErrorCodes.NullValue, finding.Path,
                    $"The field {finding.Path} is null; JSON null is not accepted anywhere in this API.",
                    "Leave the field out to get its default, or send a value (an empty string clears a contact column)."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer, ApiJson.Options);
            return value is null
                ? Fail<T>(ApiProblems.BadRequest(context, ApiErrorCodes.InvalidField, "$", "The body must be a JSON object, not null."))
                : new JsonBodyReadResult<T>(value, null);
        }
        catch (JsonException exception)
        {
            return Fail<T>(Describe(context, exception));
        }
    }

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        // RFC 9110 allows the parameter value as a token or a quoted string: charset="utf-8" is charset=utf-8.
        if (mediaType.Charset.HasValue && !HeaderUtilities.RemoveQuotes(mediaType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return mediaType.MediaType.Equals(ApiJson.MediaType, StringComparison.OrdinalIgnoreCase);
    }

    private static ApiProblem TooLarge(HttpContext context) => ApiProblems.Create(
        context,
        StatusCodes.Status413PayloadTooLarge,
        ApiErrorCodes.BodyTooLarge,
        $"The body is larger than {MaxBodyBytes} bytes.",
        "Send fewer records per request (up to 1000 contacts fit easily), or split the batch.",
        field: "$");

    private static ApiProblem Incomplete(HttpContext context) => ApiProblems.BadRequest(
        context,
        ApiErrorCodes.IncompleteBody,
        "$",
        "The request body broke off before its end (a malformed chunk, fewer bytes than declared, or a dropped connection); nothing was used.",
        "Send the request again; if it keeps failing, check the client or proxy that sends the body.");

    /// <summary>Reads at most <see cref="MaxBodyBytes"/> + 1 bytes; null means the body is too large.</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return copy.ToArray();
            }

            if (copy.Length + read > MaxBodyBytes)
            {
                return null;
            }

            copy.Write(chunk, 0, read);
        }
    }

    private static ApiProblem Describe(HttpContext context, JsonException exception)
    {
        // System.Text.Json messages name .NET types; the caller only needs the JSON path and what kind of fault it is.
        var path = string.IsNullOrEmpty(exception.Path) ? "$" : exception.Path;
        var message = exception.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.InvalidField, path, $"The field {path} is not part of this request.",
                "Check the spelling and case of the field name against the OpenAPI document (/api/openapi.json).");
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return ApiProblems.BadRequest(context, ApiErrorCodes.InvalidField, path, $"The value at {path} has the wrong JSON type.",
                "Check the field's type against the OpenAPI document (/api/openapi.json).");
        }

        return ApiProblems.BadRequest(context, ApiErrorCodes.MalformedJson, path,
            $"The body is not well-formed JSON (near {path}, line {exception.LineNumber + 1}, byte {exception.BytePositionInLine}).",
            "Build the body with JSON.serialize(...) rather than string concatenation.");
    }

    private static JsonBodyReadResult<T> Fail<T>(ApiProblem problem)
        where T : class => new(null, problem);
}
