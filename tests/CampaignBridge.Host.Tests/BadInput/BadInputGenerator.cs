using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>
/// Generates bad requests for every operation of the served OpenAPI document, from the document alone: path
/// parameters that are no ids, query values that are no numbers or carry control characters or repeats, and for
/// request bodies every schema mutation (<see cref="JsonBodyMutations"/>), wrong content types, every truncation
/// of the body and other malformed JSON, and bodies that break off. A new operation or field in the document gets
/// its cases without a change here.
/// </summary>
public static class BadInputGenerator
{
    private const string ValidId = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    private const string Json = "application/json";

    /// <summary>Route values that are not Genesys ids (GUID, canonical form). Dot segments are left out: a client collapses them before sending.</summary>
    public static readonly IReadOnlyList<string> BadIds =
    [
        "not-a-guid", "1", "-1", "0", "true", "null", "undefined", "...", "../../etc/passwd", "%2e%2e%2f%2e%2e%2fetc",
        ValidId[..^1] + "Z", ValidId + "1", ValidId[..^1], "{" + ValidId + "}", "(" + ValidId + ")", ValidId.Replace("-", string.Empty, StringComparison.Ordinal),
        "00000000-0000-0000-0000-000000000000", " " + ValidId, ValidId + " ", ValidId + "\n", "' OR 1=1 --", "\"; DROP TABLE campaigns;--",
        "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "%s%s%s%n", new string('a', 300), "é", "日本語", "a b", "0x5d1f7c0a",
        ValidId.Replace('-', '_'), ValidId + "," + ValidId, "[" + ValidId + "]", ValidId.ToUpperInvariant().Replace('D', 'G'),
    ];

    /// <summary>Query values (already URL-encoded) that are not whole numbers.</summary>
    public static readonly IReadOnlyList<string> BadIntegers =
    [
        "abc", "5%00", "%005", "1.5", "-1", "%2B5", "0x10", "%205", "5%20", "%EF%BC%91", "99999999999", "1e3", "5,6", "true", "null",
        "%E2%80%8B5", "5%0A",
    ];

    /// <summary>Query values (already URL-encoded) that carry control characters.</summary>
    public static readonly IReadOnlyList<string> BadStrings = ["%00", "a%00b", "%0A", "%0D%0Ainjected", "%1B%5B31m", "%7F"];

    /// <summary>Content types that are not JSON in UTF-8.</summary>
    public static readonly IReadOnlyList<string?> BadContentTypes =
    [
        null, "text/plain", "application/xml", "text/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1", "application/json; charset=\"utf-16\"", "application/jsonx", "text/json", "application/problem+json",
    ];

    public static IEnumerable<BadRequestCase> From(OpenApiShapes shapes)
    {
        var mutations = new JsonBodyMutations(shapes);
        foreach (var operation in shapes.Operations.Where(o => o.HasInputs))
        {
            var body = operation.BodySchema is { } schema ? Encoding.UTF8.GetBytes(mutations.Base(schema).ToJsonString()) : [];
            var valid = operation.PathParameters.ToDictionary(p => p, _ => ValidId, StringComparer.Ordinal);
            var validPath = operation.Path(valid);
            BadRequestCase Case(BadInputKind kind, string description, string pathAndQuery, byte[] content, int[] statuses, string[]? codes, string? contentType = Json)
                => new(operation.OperationId, kind, description, operation.Method, pathAndQuery, operation.BodySchema is null ? null : contentType,
                    operation.BodySchema is null ? [] : content, statuses, codes);

            foreach (var parameter in operation.PathParameters)
            {
                foreach (var bad in BadIds)
                {
                    var path = operation.Path(new Dictionary<string, string>(valid, StringComparer.Ordinal) { [parameter] = bad });
                    yield return Case(BadInputKind.PathParameter, $"{parameter} = {Shown(bad)}", path, body, [400], ["request.invalid_id"]);
                }
            }

            foreach (var (name, parameterSchema) in operation.QueryParameters)
            {
                var values = shapes.TypeOf(parameterSchema) == "integer" ? BadIntegers.Concat(OutOfRange(shapes.Resolve(parameterSchema))) : BadStrings;
                foreach (var bad in values.Append("1&" + name + "=2"))
                {
                    yield return Case(BadInputKind.QueryParameter, $"{name} = {bad}", $"{validPath}?{name}={bad}", body, [400], ["request.invalid_query"]);
                }
            }

            if (operation.BodySchema is not { } bodySchema)
            {
                continue;
            }

            foreach (var mutation in mutations.All(bodySchema))
            {
                var (statuses, codes) = Expected(mutation.Kind);
                yield return Case(mutation.Kind, mutation.Description, validPath, mutation.Body, statuses, codes);
            }

            foreach (var contentType in BadContentTypes)
            {
                yield return Case(BadInputKind.ContentType, $"Content-Type {contentType ?? "(none)"}", validPath, body, [415], ["request.unsupported_media_type"], contentType);
            }

            foreach (var (description, malformed) in Malformed(body))
            {
                yield return Case(BadInputKind.MalformedBody, description, validPath, malformed, [400], ["request.malformed_json", "request.empty_body", "request.invalid_field"]);
            }

            foreach (var broken in Enum.GetValues<BrokenBody>())
            {
                // The caller breaks the request: the host answers 400 itself or the caller is gone; the rule is no Error and no failed invocation.
                yield return Case(BadInputKind.BrokenBody, broken.ToString(), validPath, body, [400, 0], null) with { Broken = broken };
            }
        }
    }

    private static (int[] Statuses, string[]? Codes) Expected(BadInputKind kind) => kind switch
    {
        BadInputKind.NullValue => ([400], ["request.null_value"]),
        BadInputKind.WrongType or BadInputKind.UnknownMember => ([400], ["request.invalid_field"]),
        BadInputKind.RepeatedMember => ([400], ["request.duplicate_field"]),
        _ => ([400, 422], null),
    };

    private static IEnumerable<string> OutOfRange(JsonElement schema)
    {
        if (schema.TryGetProperty("minimum", out var minimum))
        {
            yield return (minimum.GetInt64() - 1).ToString(CultureInfo.InvariantCulture);
        }

        if (schema.TryGetProperty("maximum", out var maximum))
        {
            yield return (maximum.GetInt64() + 1).ToString(CultureInfo.InvariantCulture);
        }
    }

    // Every truncation of the base body (none of which is a JSON value), and JSON syntax the API refuses.
    private static IEnumerable<(string, byte[])> Malformed(byte[] body)
    {
        for (var length = 0; length < body.Length; length++)
        {
            yield return ($"the body cut after {length} bytes", body[..length]);
        }

        var text = Encoding.UTF8.GetString(body);
        yield return ("a trailing comma", Encoding.UTF8.GetBytes(text[..^1] + ",}"));
        yield return ("a comment", Encoding.UTF8.GetBytes("/* x */" + text));
        yield return ("single quotes", Encoding.UTF8.GetBytes(text.Replace('"', '\'')));
        yield return ("NaN", Encoding.UTF8.GetBytes("{\"x\":NaN}"));
        yield return ("nesting 100,000 levels deep", Encoding.UTF8.GetBytes(new string('[', 100_000)));
        if (text.Contains("\"x\"", StringComparison.Ordinal))
        {
            yield return ("a string with a raw control character", Encoding.UTF8.GetBytes(text.Replace("\"x\"", "\"x\u0001\"", StringComparison.Ordinal)));
        }

        yield return ("invalid UTF-8", [.. body[..1], 0xFF, 0xFE, .. body[1..]]);
    }

    private static string Shown(string value)
        => value.Length > 40 ? $"({value.Length} characters)" : JsonSerializer.Serialize(value);
}
