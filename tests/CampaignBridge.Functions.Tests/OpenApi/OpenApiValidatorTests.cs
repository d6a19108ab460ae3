using System.Text.Json;
using CampaignBridge.Testing;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Functions.Tests.OpenApi;

/// <summary>
/// The served document through two independent validators from npm (installed by `npm ci` at the repository root):
/// Redocly CLI's lint with its recommended rules, and swagger-parser's validation against the OpenAPI 3.0 schema.
/// </summary>
public sealed class OpenApiValidatorTests(ServedOpenApiDocument document) : IClassFixture<ServedOpenApiDocument>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string Root => RepositoryRoot.Find();

    private static string NodeModule(params string[] relative)
    {
        var path = Path.Combine([Root, "node_modules", .. relative]);
        File.Exists(path).ShouldBeTrue($"{path} is missing: run npm ci at the repository root");
        return path;
    }

    [Fact]
    public async Task Redocly_lint_finds_no_error_or_warning()
    {
        var file = document.WriteToFile();

        var lint = await ProcessRunner.RunAsync(
            "node",
            [NodeModule("@redocly", "cli", "bin", "cli.js"), "lint", file, "--config", Path.Combine(Root, "tools", "openapi-check", "redocly.yaml"), "--format", "json"],
            Root,
            Timeout);

        lint.ExitCode.ShouldBe(0, lint.Output);
        using var report = JsonDocument.Parse(lint.StandardOutput);
        var totals = report.RootElement.GetProperty("totals");
        totals.GetProperty("errors").GetInt32().ShouldBe(0, lint.StandardOutput);
        totals.GetProperty("warnings").GetInt32().ShouldBe(0, lint.StandardOutput);
        report.RootElement.GetProperty("version").GetString().ShouldBe("2.77.0");
    }

    [Fact]
    public async Task Swagger_parser_validates_the_document()
    {
        NodeModule("@apidevtools", "swagger-parser", "package.json");
        var file = document.WriteToFile();

        var validation = await ProcessRunner.RunAsync("node", [Path.Combine(Root, "tools", "openapi-check", "validate.js"), file], Root, Timeout);

        validation.ExitCode.ShouldBe(0, validation.Output);
        validation.StandardOutput.ShouldContain("is a valid OpenAPI 3.0.3 document");
    }
}
