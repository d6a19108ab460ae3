using System.Text.Json;
using CampaignBridge.Functions.Api;
using CampaignBridge.Functions.OpenApi;
using CampaignBridge.Functions.Tests.Infrastructure;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace CampaignBridge.Functions.Tests.OpenApi;

public sealed class GetOpenApiDocumentTests : IAsyncLifetime
{
    /// <summary>Apex reserved keywords (tools/apex-check/reserved-keywords.json); none may be a JSON property name.</summary>
    public static IReadOnlySet<string> ApexReservedWords => ServedOpenApiDocument.ApexReservedWords;

    /// <summary>
    /// Reserved words the ARCHITECTURE.md contract requires anyway: the problem+json and diagnostics member <c>hint</c>.
    /// Reported to the lead; Apex callers read it via <c>Map&lt;String, Object&gt;</c> until the contract renames it.
    /// </summary>
    public static readonly IReadOnlySet<string> ContractedExceptions = new HashSet<string>(StringComparer.Ordinal) { "hint" };

    private CampaignBridgeApp _app = null!;
    private TestResponse _response = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await CampaignBridgeApp.StartAsync();
        _response = await CampaignBridgeApp.SendAsync(TestRequest.Get(_app.Services, "/api/openapi.json"), _app.Function<GetOpenApiDocument>().Run);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<OpenApiDocument> ReadAsync()
    {
        var settings = new OpenApiReaderSettings();
        var result = OpenApiDocument.Parse(_response.Body, "json", settings);
        result.Diagnostic.ShouldNotBeNull().Errors.ShouldBeEmpty();
        return await Task.FromResult(result.Document.ShouldNotBeNull());
    }

    [Fact]
    public async Task The_document_is_valid_openapi_3_0_json()
    {
        var json = _response.ShouldBeOk();
        json.GetProperty("openapi").GetString().ShouldBe("3.0.3");
        json.GetProperty("info").GetProperty("title").GetString().ShouldBe(OpenApiDocumentFactory.Title);
        (await ReadAsync()).Paths.Count.ShouldBe(ApiCatalogue.Operations.Select(o => o.Route).Distinct().Count());
    }

    [Fact]
    public async Task Every_operation_has_its_operation_id_a_200_and_problem_schemas_for_4xx_and_5xx()
    {
        var document = await ReadAsync();

        foreach (var expected in ApiCatalogue.Operations)
        {
            var path = document.Paths["/api/" + expected.Route];
            var operation = path.Operations.ShouldNotBeNull()[new HttpMethod(expected.Method.ToUpperInvariant())];
            operation.OperationId.ShouldBe(expected.OperationId);
            var responses = operation.Responses.ShouldNotBeNull();
            responses.Keys.ShouldContain("200");
            // problem+json bodies are sent, but External Services maps only application/json without a hand mapping (§9.2).
            responses["4XX"].Content.ShouldNotBeNull().Keys.ShouldBe(["application/json"]);
            responses["5XX"].Content.ShouldNotBeNull().Keys.ShouldBe(["application/json"]);
            (operation.RequestBody is not null).ShouldBe(expected.RequestBody is not null, expected.OperationId);
            if (expected.Method == "get")
            {
                operation.RequestBody.ShouldBeNull();
            }
        }
    }

    [Fact]
    public void Operation_ids_are_valid_unique_apex_identifiers()
    {
        var ids = ApiCatalogue.Operations.Select(o => o.OperationId).ToList();

        ids.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(ids.Count);
        ids.ShouldAllBe(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][A-Za-z0-9]*$") && !ApexReservedWords.Contains(id));
    }

    [Fact]
    public void No_property_name_is_an_apex_reserved_word_except_the_contracted_hint()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in _response.Json.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var property in schema.Value.GetProperty("properties").EnumerateObject())
            {
                names.Add(property.Name);
            }
        }

        names.Count.ShouldBeGreaterThan(20);
        names.Where(ApexReservedWords.Contains).ToHashSet().SetEquals(ContractedExceptions).ShouldBeTrue(
            "reserved words used: " + string.Join(", ", names.Where(ApexReservedWords.Contains)));
        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public void The_function_key_header_is_the_security_scheme()
    {
        var scheme = _response.Json.GetProperty("components").GetProperty("securitySchemes").GetProperty(OpenApiDocumentFactory.SecuritySchemeName);

        scheme.GetProperty("type").GetString().ShouldBe("apiKey");
        scheme.GetProperty("in").GetString().ShouldBe("header");
        scheme.GetProperty("name").GetString().ShouldBe("x-functions-key");
        _response.Json.GetProperty("security")[0].TryGetProperty(OpenApiDocumentFactory.SecuritySchemeName, out _).ShouldBeTrue();
    }

    [Fact]
    public void The_problem_schema_has_every_rfc_9457_and_campaignbridge_member()
    {
        var properties = _response.Json.GetProperty("components").GetProperty("schemas").GetProperty("ApiProblem").GetProperty("properties");

        foreach (var member in new[] { "type", "title", "status", "detail", "code", "hint", "genesysCode", "genesysContextId", "traceId" })
        {
            properties.TryGetProperty(member, out _).ShouldBeTrue(member);
        }
    }

    [Fact]
    public void No_schema_uses_constructs_external_services_rejects()
    {
        _response.Body.ShouldNotContain("\"not\"");
        _response.Body.ShouldNotContain("\"float\"");
    }

    [Fact]
    public void UpsertContacts_publishes_its_queued_202_answer()
    {
        var responses = _response.Json.GetProperty("paths").GetProperty("/api/" + ApiRoutes.Contacts).GetProperty("post").GetProperty("responses");

        responses.TryGetProperty("202", out var accepted).ShouldBeTrue();
        accepted.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldNotBeNull().ShouldEndWith("/QueuedContactUpsertResult");
    }
}
