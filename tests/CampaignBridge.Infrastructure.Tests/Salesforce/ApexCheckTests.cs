using System.Text.RegularExpressions;
using CampaignBridge.Infrastructure.Tests.Support;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Salesforce;

/// <summary>
/// The Apex checks .ci/check-infra runs (tools/apex-check): the reserved-keyword lint over the ANTLR parse, and the
/// Salesforce parser (apex-jorje-lsp.jar from prettier-plugin-apex, on Java). Both need `npm ci` at the repository root.
/// </summary>
public sealed partial class ApexCheckTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string Fixture => RepositoryLayout.PathOf("tests", "CampaignBridge.Infrastructure.Tests", "Salesforce", "ApexFixtures", "ReservedIdentifiers");

    private static Task<ProcessResult> RunAsync(string script, string folder)
    {
        string path = RepositoryLayout.PathOf("tools", "apex-check", script);
        RepositoryLayout.PathOf("node_modules", "@apexdevtools", "apex-parser").ShouldSatisfyAllConditions(
            p => Directory.Exists(p).ShouldBeTrue("node_modules is missing: run npm ci at the repository root"));
        return ProcessRunner.RunAsync("node", [path, folder], RepositoryLayout.Root, Timeout);
    }

    private static string[] Findings(ProcessResult result)
        => result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("(?:parameter|variable) '(?<name>[a-z]+)' is an Apex reserved keyword")]
    private static partial Regex ReservedFinding();

    [Fact]
    public async Task The_lint_reports_hint_select_and_when_used_as_identifiers()
    {
        ProcessResult lint = await RunAsync("lint.js", Fixture);

        lint.ExitCode.ShouldBe(1, lint.Output);
        string[] findings = Findings(lint);
        findings.Length.ShouldBe(3, lint.Output);
        findings.Select(f => ReservedFinding().Match(f).Groups["name"].Value).ShouldBe(["hint", "select", "when"]);
        findings.ShouldAllBe(f => f.Contains("ReservedIdentifiers.cls:"));
        lint.StandardOutput.ShouldContain("apex-lint: 0 of 1 Apex files passed, 3 findings");
    }

    [Fact]
    public async Task The_salesforce_project_passes_the_lint()
    {
        ProcessResult lint = await RunAsync("lint.js", SalesforcePaths.ProjectRoot);

        lint.ExitCode.ShouldBe(0, lint.Output);
        lint.StandardOutput.ShouldContain(" findings");
        lint.StandardOutput.ShouldContain(", 0 findings");
    }

    [Fact]
    public async Task The_salesforce_parser_refuses_select_and_when_and_the_reserved_hint_it_parses()
    {
        ProcessResult parse = await RunAsync("salesforce-parser.js", Fixture);

        parse.ExitCode.ShouldBe(1, parse.Output);
        string[] findings = Findings(parse);
        // The platform's parser rejects select and when outright; it parses hint, which the declaration check refuses.
        findings.ShouldContain(f => f.Contains("parse error (Salesforce parser): Unexpected token 'select'"), parse.Output);
        findings.ShouldContain(f => f.Contains("parameter 'hint' is an Apex reserved keyword"), parse.Output);
        findings.ShouldContain(f => f.Contains("variable 'when' is an Apex reserved keyword"), parse.Output);
        findings.ShouldNotContain(f => f.Contains("parse error") && f.Contains("hint"), parse.Output);
    }
}
