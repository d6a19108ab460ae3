using System.Net;
using System.Text.Json;

namespace Salesforce.Emulator.Tests.Support;

/// <summary>
/// Shape checks for the reference's answer formats: REST request-level errors (a JSON array of
/// <c>{message, errorCode, fields?}</c>, §4.2), OAuth errors (<c>{error, error_description}</c>, §1.1.5) and
/// collections results (<c>{id, success, errors[{statusCode, message, fields}], created}</c>, §3.1). Failing checks print the body.
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

    /// <summary>A request-level REST error: status, a one-element array, <c>errorCode</c> and a non-empty <c>message</c>.</summary>
    public static async Task<JsonElement> ShouldBeRestErrorAsync(this HttpResponseMessage response, HttpStatusCode expectedStatus, string expectedCode)
    {
        var body = await response.ShouldBeJsonAsync(expectedStatus);
        body.ValueKind.ShouldBe(JsonValueKind.Array, body.GetRawText());
        var error = body.EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("errorCode").GetString().ShouldBe(expectedCode, body.GetRawText());
        error.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace(body.GetRawText());
        error.TryGetProperty("statusCode", out _).ShouldBeFalse("request-level errors use errorCode, not statusCode");
        return error;
    }

    /// <summary>An OAuth error: status, <c>error</c> and <c>error_description</c>, and never a token.</summary>
    public static async Task ShouldBeOAuthErrorAsync(this HttpResponseMessage response, HttpStatusCode expectedStatus, string expectedError, string expectedDescription)
    {
        var body = await response.ShouldBeJsonAsync(expectedStatus);
        body.ValueKind.ShouldBe(JsonValueKind.Object, body.GetRawText());
        body.GetProperty("error").GetString().ShouldBe(expectedError, body.GetRawText());
        body.GetProperty("error_description").GetString().ShouldBe(expectedDescription, body.GetRawText());
        body.TryGetProperty("access_token", out _).ShouldBeFalse(body.GetRawText());
    }

    /// <summary>A successful collections item: <c>success:true</c>, empty <c>errors</c>, an 18-character id of the key prefix.</summary>
    public static string ShouldBeSaved(this JsonElement item, string keyPrefix, bool? created = null)
    {
        item.GetProperty("success").GetBoolean().ShouldBeTrue(item.GetRawText());
        item.GetProperty("errors").GetArrayLength().ShouldBe(0, item.GetRawText());
        var id = item.GetProperty("id").GetString().ShouldNotBeNull();
        CampaignBridge.Salesforce.SalesforceRecordId.TryParse(id, out var parsed).ShouldBeTrue($"{id} is not a valid record id");
        id.Length.ShouldBe(18);
        parsed.KeyPrefix.ShouldBe(keyPrefix);
        if (created is { } expected)
        {
            item.GetProperty("created").GetBoolean().ShouldBe(expected, item.GetRawText());
        }
        else
        {
            item.TryGetProperty("created", out _).ShouldBeFalse("create/update results carry no created flag");
        }

        return id;
    }

    /// <summary>A failed collections item: <c>success:false</c>, one error with <c>statusCode</c> (not errorCode), and no id/created (default settings).</summary>
    public static JsonElement ShouldFailWith(this JsonElement item, string statusCode, params string[] fields)
    {
        item.GetProperty("success").GetBoolean().ShouldBeFalse(item.GetRawText());
        var error = item.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("statusCode").GetString().ShouldBe(statusCode, item.GetRawText());
        error.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace(item.GetRawText());
        error.GetProperty("fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(fields, item.GetRawText());
        item.TryGetProperty("id", out _).ShouldBeFalse("failed results omit id by default (settings.failedResultsIncludeId)");
        item.TryGetProperty("created", out _).ShouldBeFalse(item.GetRawText());
        return error;
    }

    public static string? LimitInfo(this HttpResponseMessage response) =>
        response.Headers.TryGetValues("Sforce-Limit-Info", out var values) ? values.Single() : null;

    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
