using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.Errors;
using CampaignBridge.Functions.OpenApi;

namespace CampaignBridge.Functions.Tests.OpenApi;

/// <summary>
/// The served document against what Salesforce External Services accepts and what a Flow can use (reference
/// salesforce-callers.md §9.2, which overrides §2.8): supported media types only, no maps, every operation a Flow needs
/// (the status behind a 202 included), int64 for counters past 2^31, and the constructs External Services rejects absent.
/// </summary>
public sealed partial class ExternalServicesRulesTests(ServedOpenApiDocument document) : IClassFixture<ServedOpenApiDocument>
{
    /// <summary>The media types External Services supports (§9.2); any other needs a hand mapping at registration.</summary>
    private static readonly string[] SupportedMediaTypes = ["application/json", "application/x-www-form-urlencoded", "text/plain"];

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9]*$")]
    private static partial Regex ApexIdentifier();

    [Fact]
    public void Every_request_and_response_body_is_application_json()
    {
        var mediaTypes = document.Objects()
            .Where(o => o.Path.EndsWith("/content", StringComparison.Ordinal))
            .SelectMany(o => o.Node.Select(pair => (o.Path, MediaType: pair.Key)))
            .ToList();

        mediaTypes.Count.ShouldBeGreaterThan(30);
        mediaTypes.ShouldAllBe(m => SupportedMediaTypes.Contains(m.MediaType));
        mediaTypes.ShouldAllBe(m => m.MediaType == ApiJson.MediaType);
        document.Body.ShouldNotContain(ApiJson.ProblemMediaType + "\"");
    }

    [Fact]
    public void No_schema_is_a_map_so_every_body_can_be_filled_in_from_a_flow()
    {
        document.Objects().Where(o => o.Node.ContainsKey("additionalProperties")).Select(o => o.Path).ShouldBeEmpty();
    }

    [Fact]
    public void A_contact_record_names_its_columns_as_a_list_of_column_and_value()
    {
        var schemas = document.Root["components"]!["schemas"]!;
        var record = schemas["ContactRecord"]!["properties"]!.AsObject();
        var field = schemas["ContactField"]!;

        record.Select(p => p.Key).ShouldBe(["id", "fields"], ignoreOrder: true);
        record["fields"]!["type"]!.GetValue<string>().ShouldBe("array");
        record["fields"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ContactField");
        field["properties"]!.AsObject().Select(p => (p.Key, Type: p.Value!["type"]!.GetValue<string>()))
            .ShouldBe([("column", "string"), ("value", "string")], ignoreOrder: true);
        field["required"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["column", "value"], ignoreOrder: true);
    }

    [Fact]
    public void Every_queued_answer_has_its_status_operation_in_the_document()
    {
        var queued = document.Operations().Where(o => o.Operation["responses"]!.AsObject().ContainsKey("202")).ToList();
        var status = document.Operations().SingleOrDefault(o => o.Path == "/api/" + ApiRoutes.Operation && o.Method == "get");

        queued.ShouldNotBeEmpty();
        status.Operation.ShouldNotBeNull("GET /api/operations/{operationId} is missing");
        status.Operation["operationId"]!.GetValue<string>().ShouldBe("getOperation");
        var statusSchema = Resolve(status.Operation["responses"]!["200"]!["content"]![ApiJson.MediaType]!["schema"]!);
        new[] { "operationId", "status", "submitted", "delivered", "rejected", "failures" }.ShouldBeSubsetOf(statusSchema["properties"]!.AsObject().Select(p => p.Key));
        foreach (var (path, _, operation) in queued)
        {
            var answer = Resolve(operation["responses"]!["202"]!["content"]![ApiJson.MediaType]!["schema"]!);
            new[] { "operationId", "statusUrl" }.ShouldBeSubsetOf(answer["properties"]!.AsObject().Select(p => p.Key), path);
        }
    }

    [Fact]
    public void Every_integer_declares_its_size_and_counters_that_can_pass_2_31_are_int64()
    {
        var integers = document.Objects().Where(o => o.Node["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "integer").ToList();
        integers.Count.ShouldBeGreaterThan(10);
        integers.ShouldAllBe(o => o.Node["format"] != null && (o.Node["format"]!.GetValue<string>() == "int32" || o.Node["format"]!.GetValue<string>() == "int64"));

        var schemas = document.Root["components"]!["schemas"]!.AsObject();
        var checkedLongs = 0;
        foreach (var type in PublishedTypes())
        {
            if (!schemas.TryGetPropertyValue(type.Name, out var schema))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var clr = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (clr != typeof(long) && clr != typeof(int))
                {
                    continue;
                }

                var name = ApiJson.Options.PropertyNamingPolicy!.ConvertName(property.Name);
                schema!["properties"]![name]!["format"]!.GetValue<string>().ShouldBe(clr == typeof(long) ? "int64" : "int32", $"{type.Name}.{name}");
                checkedLongs += clr == typeof(long) ? 1 : 0;
            }
        }

        checkedLongs.ShouldBeGreaterThanOrEqualTo(7, "CampaignPage.total and the CampaignProgressReport counters are longs");
        schemas["CampaignPage"]!["properties"]!["total"]!["format"]!.GetValue<string>().ShouldBe("int64");
        schemas["CampaignProgressReport"]!["properties"]!["totalNumberOfContacts"]!["format"]!.GetValue<string>().ShouldBe("int64");
    }

    [Fact]
    public void Nothing_is_nullable_and_no_construct_external_services_rejects_is_used()
    {
        document.Objects().Where(o => o.Node.ContainsKey("nullable")).Select(o => o.Path).ShouldBeEmpty();
        document.Objects().Where(o => o.Node.ContainsKey("not")).Select(o => o.Path).ShouldBeEmpty();
        document.Objects().Where(o => o.Node["type"] is JsonArray).Select(o => o.Path).ShouldBeEmpty();
        document.Root["openapi"]!.GetValue<string>().ShouldStartWith("3.0.");
    }

    [Fact]
    public void Every_operation_is_a_named_flow_action_with_typed_success_and_error_outputs()
    {
        var operations = document.Operations().ToList();

        operations.Count.ShouldBe(ApiCatalogue.Operations.Count);
        foreach (var (path, method, operation) in operations)
        {
            var id = operation["operationId"]!.GetValue<string>();
            ApexIdentifier().IsMatch(id).ShouldBeTrue(id);
            ServedOpenApiDocument.ApexReservedWords.ShouldNotContain(id.ToLowerInvariant());
            var responses = operation["responses"]!.AsObject();
            new[] { "200", "4XX", "5XX" }.ShouldBeSubsetOf(responses.Select(r => r.Key), $"{method} {path}");
            foreach (var (_, response) in responses)
            {
                response!["content"]![ApiJson.MediaType]!["schema"].ShouldNotBeNull($"{method} {path}");
            }

            if (method == "get")
            {
                operation.ContainsKey("requestBody").ShouldBeFalse($"{method} {path}: a GET with a body is a validation error in External Services");
            }

            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                ApexIdentifier().IsMatch(parameter!["name"]!.GetValue<string>()).ShouldBeTrue($"{method} {path}");
            }
        }

        operations.Select(o => o.Operation["operationId"]!.GetValue<string>()).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(operations.Count);
    }

    [Fact]
    public void Property_names_differ_by_more_than_case_and_only_the_contracted_ones_are_renamed_by_external_services()
    {
        foreach (var (name, schema) in document.Root["components"]!["schemas"]!.AsObject())
        {
            var properties = schema!["properties"]!.AsObject().Select(p => p.Key).ToList();
            properties.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(properties.Count, name);

            // External Services renames a reserved word (hint -> z0hint) instead of refusing it (§9.2); only the members the
            // problem+json and diagnostics contracts fix may be one.
            properties.Where(ServedOpenApiDocument.ApexReservedWords.Contains).ShouldAllBe(p => p == "hint", name);
        }
    }

    [Fact]
    public void The_shapes_the_lead_wires_are_described_with_their_contracted_names()
    {
        var schemas = document.Root["components"]!["schemas"]!;

        schemas["ContactUpsertOptions"]!["properties"]!["redial"]!["type"]!.GetValue<string>().ShouldBe("boolean");
        schemas["RemoveContactsResult"]!["properties"]!.AsObject().Select(p => p.Key)
            .ShouldBe(["contactListId", "submitted", "removed", "stopped", "code", "hint"], ignoreOrder: true);
        schemas["RemoveContactsResult"]!["properties"]!["stopped"]!["items"]!["type"]!.GetValue<string>().ShouldBe("string");
        schemas[nameof(ApiProblem)]!["properties"]!["accepted"]!["format"]!.GetValue<string>().ShouldBe("int32");
    }

    private JsonNode Resolve(JsonNode schema)
    {
        var reference = schema["$ref"]?.GetValue<string>();
        return reference is null ? schema : document.Root["components"]!["schemas"]![reference.Split('/')[^1]]!;
    }

    /// <summary>Every CLR type reachable from the published operations' bodies.</summary>
    private static HashSet<Type> PublishedTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(ApiCatalogue.Operations
            .SelectMany(o => new[] { o.RequestBody, o.ResponseBody, o.QueuedResponseBody })
            .OfType<Type>()
            .Append(typeof(ApiProblem)));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    pending.Push(argument);
                }

                continue;
            }

            if (type.IsPrimitive || type == typeof(string) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true || !found.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(property.PropertyType);
            }
        }

        return found;
    }
}
