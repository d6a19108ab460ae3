using System.Net;
using System.Text.Json;

namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>
/// Shape checks for the two error formats of the reference: the Platform API <c>ErrorBody</c> (§4.1)
/// and the OAuth-style token errors (§1.4). Each failing check prints the response body.
/// </summary>
internal static class ResponseAssertions
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode expectedStatus = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(expectedStatus, $"body: {text}");
        response.Content.Headers.ContentType.ShouldNotBeNull(text).MediaType.ShouldBe("application/json", $"body: {text}");
        return Parse(text);
    }

    /// <summary>Start/stop, contact delete and DNC add answer 200 with an empty body (reference §3.1).</summary>
    public static async Task ShouldBeEmptyOkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"body: {text}");
        text.ShouldBeEmpty();
    }

    /// <summary>
    /// Asserts a Platform API error: HTTP status, <c>code</c>, <c>status</c> repeated, a non-empty
    /// <c>message</c>, <c>contextId</c> equal to the ININ-Correlation-Id header, and the
    /// <c>details</c>/<c>errors</c> arrays (reference §4.1, §4.3).
    /// </summary>
    public static async Task<JsonElement> ShouldBeErrorBodyAsync(this HttpResponseMessage response, HttpStatusCode expectedStatus, string expectedCode)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(expectedStatus, $"body: {text}");
        response.Content.Headers.ContentType.ShouldNotBeNull(text).MediaType.ShouldBe("application/json", $"body: {text}");
        var body = Parse(text);
        body.ValueKind.ShouldBe(JsonValueKind.Object, text);
        body.GetProperty("code").GetString().ShouldBe(expectedCode, $"body: {text}");
        body.GetProperty("status").GetInt32().ShouldBe((int)expectedStatus, $"body: {text}");
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace(text);
        var correlationId = response.CorrelationId();
        correlationId.ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("contextId").GetString().ShouldBe(correlationId, $"body: {text}");
        body.GetProperty("details").ValueKind.ShouldBe(JsonValueKind.Array, text);
        body.GetProperty("errors").ValueKind.ShouldBe(JsonValueKind.Array, text);
        if (body.TryGetProperty("messageParams", out var messageParams))
        {
            messageParams.ValueKind.ShouldBe(JsonValueKind.Object, text);
        }

        return body;
    }

    /// <summary>
    /// Asserts an OAuth-style token error: <c>error</c>, and the same text in <c>description</c> and
    /// <c>error_description</c> (reference §1.4); never the Platform ErrorBody fields.
    /// </summary>
    public static async Task<JsonElement> ShouldBeOAuthErrorAsync(this HttpResponseMessage response, HttpStatusCode expectedStatus, string expectedError)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        response.StatusCode.ShouldBe(expectedStatus, $"body: {text}");
        response.Content.Headers.ContentType.ShouldNotBeNull(text).MediaType.ShouldBe("application/json", $"body: {text}");
        var body = Parse(text);
        body.GetProperty("error").GetString().ShouldBe(expectedError, $"body: {text}");
        var description = body.GetProperty("description").GetString();
        description.ShouldNotBeNullOrWhiteSpace(text);
        body.GetProperty("error_description").GetString().ShouldBe(description, $"body: {text}");
        body.TryGetProperty("code", out _).ShouldBeFalse($"token errors are not ErrorBody: {text}");
        body.TryGetProperty("access_token", out _).ShouldBeFalse(text);
        return body;
    }

    public static string? CorrelationId(this HttpResponseMessage response)
        => response.Headers.TryGetValues(EmulatorSession.CorrelationHeader, out var values) ? values.SingleOrDefault() : null;

    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
