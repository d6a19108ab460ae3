using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>infra/bicepconfig.json: the linter's findings are errors, and the templates have none.</summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class BicepLintTests(CompiledTemplate template)
{
    // Core rules that must fail the build (Bicep's own list of core linter rules).
    private static readonly string[] RulesThatMustBeErrors =
    [
        "adminusername-should-not-be-literal", "artifacts-parameters", "decompiler-cleanup", "explicit-values-for-loc-params",
        "max-asserts", "max-outputs", "max-params", "max-resources", "max-variables", "nested-deployment-template-scoping",
        "no-conflicting-metadata", "no-deployments-resources", "no-hardcoded-env-urls", "no-hardcoded-location",
        "no-loc-expr-outside-params", "no-unnecessary-dependson", "no-unused-existing-resources", "no-unused-imports",
        "no-unused-params", "no-unused-vars", "outputs-should-not-contain-secrets", "prefer-interpolation",
        "prefer-unquoted-property-names", "protect-commandtoexecute-secrets", "secure-parameter-default",
        "secure-params-in-nested-deploy", "secure-secrets-in-params", "simplify-interpolation", "simplify-json-null",
        "use-parent-property", "use-resource-id-functions", "use-resource-symbol-reference", "use-safe-access",
        "use-secure-value-for-secure-inputs", "use-stable-resource-identifiers", "use-stable-vm-image", "what-if-short-circuiting",
    ];

    // Every Bicep and parameter file under infra/ (main, parameters, modules), as .ci/check-infra lints them.
    private const string InfraPattern = "infra/**/*.bicep*";

    [Fact]
    public void Every_core_linter_rule_is_an_error()
    {
        using JsonDocument config = JsonDocument.Parse(RepositoryLayout.ReadAllText("infra", "bicepconfig.json"));
        JsonElement core = config.RootElement.GetProperty("analyzers").GetProperty("core");
        JsonElement rules = core.GetProperty("rules");

        core.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        foreach (string rule in RulesThatMustBeErrors)
        {
            rules.GetProperty(rule).GetProperty("level").GetString().ShouldBe("error", rule);
        }
    }

    [Fact]
    public async Task Every_bicep_file_lints_without_findings()
    {
        ProcessResult lint = await template.Bicep.RunAsync("lint", "--pattern", InfraPattern);

        lint.ExitCode.ShouldBe(0, lint.Output);
        lint.Output.ShouldBeEmpty(lint.Output);
    }

    [Fact]
    public async Task A_linter_finding_in_a_module_fails_the_lint()
    {
        // A copy of infra/ with one unused parameter in a module proves that the pattern reaches the modules and
        // that the configuration turns findings into errors.
        using TemporaryInfraCopy copy = TemporaryInfraCopy.Create();
        await File.AppendAllTextAsync(copy.PathOf("modules", "keyvault.bicep"), "\nparam unusedProbe string = 'x'\n", TestContext.Current.CancellationToken);

        ProcessResult lint = await template.Bicep.RunInAsync(copy.Root, "lint", "--pattern", InfraPattern);

        lint.ExitCode.ShouldBe(1, lint.Output);
        lint.Output.ShouldContain("keyvault.bicep");
        lint.Output.ShouldContain("Error no-unused-params");
    }
}
