using System.Text.Json;
using CampaignBridge.Infrastructure.Tests.Support;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Bicep;

/// <summary>
/// infra/settings/callResults.bicep: the way back's followed campaigns and outcome rules (typed parameters of main.bicep)
/// become the indexed CallResults__Campaigns__n__ / CallResults__Outcomes__n__ app settings the app binds. The function is
/// evaluated by <c>bicep build-params</c>, not read as text.
/// </summary>
[Collection(CompiledTemplateCollection.Name)]
public sealed class CallResultsSettingsTests(CompiledTemplate template)
{
    private const string Import = "import { callResultsAppSettings } from 'settings/callResults.bicep'";
    private const string CampaignId = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    private const string OtherCampaignId = "5d1f7c0a-8b1e-4c1a-9f00-000000000002";
    private const string SalesforceCampaignId = "7015g00000CmPgAAAV";

    [Fact]
    public async Task Followed_campaigns_become_indexed_settings_in_list_order()
    {
        Dictionary<string, string> settings = await EvaluateAsync(
            [new { genesysCampaignId = CampaignId, salesforceCampaignId = SalesforceCampaignId }, new { genesysCampaignId = OtherCampaignId }],
            [],
            new { });

        settings.ShouldBe(new Dictionary<string, string>
        {
            ["CallResults__Campaigns__0__GenesysCampaignId"] = CampaignId,
            ["CallResults__Campaigns__0__SalesforceCampaignId"] = SalesforceCampaignId,
            ["CallResults__Campaigns__1__GenesysCampaignId"] = OtherCampaignId,
            ["CallResults__Campaigns__1__SalesforceCampaignId"] = string.Empty,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Outcome_rules_become_indexed_settings_with_do_not_call_as_the_binder_reads_it()
    {
        Dictionary<string, string> settings = await EvaluateAsync(
            [],
            [new { result = "Do not call", campaignMemberStatus = "Do not call", doNotCall = true }, new { result = "ININ-OUTBOUND-BUSY" }],
            new { });

        settings.ShouldBe(new Dictionary<string, string>
        {
            ["CallResults__Outcomes__0__Result"] = "Do not call",
            ["CallResults__Outcomes__0__CampaignMemberStatus"] = "Do not call",
            ["CallResults__Outcomes__0__DoNotCall"] = "true",
            ["CallResults__Outcomes__1__Result"] = "ININ-OUTBOUND-BUSY",
            ["CallResults__Outcomes__1__CampaignMemberStatus"] = string.Empty,
            ["CallResults__Outcomes__1__DoNotCall"] = "false",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task Tuning_settings_keep_only_call_results_keys_and_never_list_entries()
    {
        Dictionary<string, string> settings = await EvaluateAsync(
            [],
            [],
            new Dictionary<string, object>
            {
                ["CallResults__TaskStatus"] = "Closed",
                ["CallResults__MaxPagesPerTick"] = 20,
                ["CallResults__Campaigns__7__GenesysCampaignId"] = OtherCampaignId,
                ["CallResults__Outcomes__3__Result"] = "Busy",
                ["Genesys__Region"] = "mypurecloud.ie",
            });

        settings.ShouldBe(new Dictionary<string, string>
        {
            ["CallResults__TaskStatus"] = "Closed",
            ["CallResults__MaxPagesPerTick"] = "20",
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task The_local_sample_lists_are_exactly_what_the_parameters_produce()
    {
        // The sample is the app's own example of the binding; the same lists given as parameters must yield its keys and values.
        using JsonDocument sample = JsonDocument.Parse(RepositoryLayout.ReadAllText("local.settings.sample.json"));
        Dictionary<string, string> sampleLists = sample.RootElement.GetProperty("Values").EnumerateObject()
            .Where(p => p.Name.StartsWith("CallResults__Campaigns__", StringComparison.Ordinal) || p.Name.StartsWith("CallResults__Outcomes__", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!);
        string Value(string key) => sampleLists[key];

        Dictionary<string, string> settings = await EvaluateAsync(
            [new { genesysCampaignId = Value("CallResults__Campaigns__0__GenesysCampaignId"), salesforceCampaignId = Value("CallResults__Campaigns__0__SalesforceCampaignId") }],
            [new
            {
                result = Value("CallResults__Outcomes__0__Result"),
                campaignMemberStatus = Value("CallResults__Outcomes__0__CampaignMemberStatus"),
                doNotCall = bool.Parse(Value("CallResults__Outcomes__0__DoNotCall")),
            }],
            new { });

        sampleLists.Count.ShouldBe(5);
        settings.ShouldBe(sampleLists, ignoreOrder: true);
    }

    [Fact]
    public async Task Every_property_the_app_binds_for_a_campaign_and_a_rule_is_written()
    {
        string[] campaignProperties = [.. CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "FollowedCampaign.cs").SettableProperties()];
        string[] ruleProperties = [.. CSharpSource.Read("src", "CampaignBridge.Functions", "CallResults", "OutcomeRule.cs").SettableProperties()];

        Dictionary<string, string> settings = await EvaluateAsync(
            [new { genesysCampaignId = CampaignId }],
            [new { result = "Do not call" }],
            new { });

        campaignProperties.ShouldNotBeEmpty();
        ruleProperties.ShouldNotBeEmpty();
        settings.Keys.Where(k => k.StartsWith("CallResults__Campaigns__0__", StringComparison.Ordinal))
            .Select(k => k["CallResults__Campaigns__0__".Length..])
            .ShouldBe(campaignProperties, ignoreOrder: true);
        settings.Keys.Where(k => k.StartsWith("CallResults__Outcomes__0__", StringComparison.Ordinal))
            .Select(k => k["CallResults__Outcomes__0__".Length..])
            .ShouldBe(ruleProperties, ignoreOrder: true);
    }

    [Fact]
    public void Main_passes_the_function_of_its_list_and_tuning_parameters_to_the_function_app()
    {
        template.ModuleParameter("functionapp", "callResultsSettings").GetString().ShouldBe(
            "[__bicep.callResultsAppSettings(parameters('callResultsCampaigns'), parameters('callResultsOutcomes'), parameters('callResultsTuning'))]");
        JsonElement parameters = template.Root.GetProperty("parameters");
        parameters.GetProperty("callResultsCampaigns").GetProperty("items").GetProperty("$ref").GetString().ShouldBe("#/definitions/followedCampaign");
        parameters.GetProperty("callResultsOutcomes").GetProperty("items").GetProperty("$ref").GetString().ShouldBe("#/definitions/outcomeRule");
        parameters.GetProperty("callResultsCampaigns").GetProperty("defaultValue").GetArrayLength().ShouldBe(0);
        parameters.GetProperty("callResultsOutcomes").GetProperty("defaultValue").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("param callResultsCampaigns = [\n  {\n    salesforceCampaignId: '7015g00000CmPgAAAV'\n  }\n]", "missing the following required properties: \"genesysCampaignId\"")]
    // CampaignMember.Status holds at most 40 characters (CallResultsOptionsValidator.MaxMemberStatusLength).
    [InlineData("param callResultsOutcomes = [\n  {\n    result: 'Busy'\n    campaignMemberStatus: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n  }\n]", "maximum allowable length is 40")]
    [InlineData("param callResultsOutcomes = [\n  {\n    campaignMemberStatus: 'Responded'\n  }\n]", "missing the following required properties: \"result\"")]
    public async Task A_list_entry_that_breaks_its_type_is_refused_before_deployment(string parameterLines, string error)
    {
        ProcessResult build = await BicepParameterProbe.BuildMainParametersAsync(template.Bicep, parameterLines);

        build.ExitCode.ShouldNotBe(0, build.Output);
        build.Output.ShouldContain(error);
    }

    [Fact]
    public async Task Typed_lists_with_every_property_are_accepted()
    {
        ProcessResult build = await BicepParameterProbe.BuildMainParametersAsync(
            template.Bicep,
            $"param callResultsCampaigns = [\n  {{\n    genesysCampaignId: '{CampaignId}'\n    salesforceCampaignId: '{SalesforceCampaignId}'\n  }}\n]\n"
            + $"param callResultsOutcomes = [\n  {{\n    result: 'Do not call'\n    campaignMemberStatus: '{new string('x', 40)}'\n    doNotCall: true\n  }}\n]");

        build.ExitCode.ShouldBe(0, build.Output);
    }

    private async Task<Dictionary<string, string>> EvaluateAsync(object[] campaigns, object[] outcomes, object tuning)
    {
        JsonElement value = await BicepParameterProbe.EvaluateAsync(
            template.Bicep,
            Import,
            $"callResultsAppSettings({BicepParameterProbe.Json(campaigns)}, {BicepParameterProbe.Json(outcomes)}, {BicepParameterProbe.Json(tuning)})");
        return value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
