using System.Text;
using System.Text.Json;
using CampaignBridge.Testing.Processes;

namespace CampaignBridge.Infrastructure.Tests.Support;

/// <summary>
/// Evaluates Bicep at compile time with <c>bicep build-params</c>: a parameter file in a copy of infra/ whose values
/// are Bicep expressions (an exported function's call, or values for main.bicep's typed parameters). The Bicep CLI
/// evaluates parameter values with the ARM expression functions and checks them against the parameter types, so this
/// runs the template's own logic without a deployment.
/// </summary>
internal static class BicepParameterProbe
{
    private const string ProbeTemplate = "parameter-probe.bicep";
    private const string ProbeParameters = "parameter-probe.bicepparam";

    /// <summary>The value of <paramref name="expression"/> (after <paramref name="imports"/>), as build-params computed it.</summary>
    public static async Task<JsonElement> EvaluateAsync(BicepCli bicep, string imports, string expression)
    {
        using TemporaryInfraCopy copy = TemporaryInfraCopy.Create();
        await File.WriteAllTextAsync(copy.PathOf(ProbeTemplate), "param value object\noutput value object = value\n");
        await File.WriteAllTextAsync(copy.PathOf(ProbeParameters), $"using '{ProbeTemplate}'\n{imports}\nparam value = {expression}\n");

        ProcessResult build = await BuildAsync(bicep, copy);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build-params failed ({build.ExitCode}):\n{build.Output}");
        }

        using JsonDocument parameters = JsonDocument.Parse(await File.ReadAllTextAsync(copy.PathOf("parameter-probe.json")));
        return parameters.RootElement.GetProperty("parameters").GetProperty("value").GetProperty("value").Clone();
    }

    /// <summary>Builds a parameter file for main.bicep (the required parameters plus <paramref name="parameterLines"/>).</summary>
    public static async Task<ProcessResult> BuildMainParametersAsync(BicepCli bicep, string parameterLines)
    {
        using TemporaryInfraCopy copy = TemporaryInfraCopy.Create();
        await File.WriteAllTextAsync(
            copy.PathOf(ProbeParameters),
            "using 'main.bicep'\nparam environmentName = 'probe'\nparam location = 'eastus'\nparam genesysRegion = 'mypurecloud.com'\n" + parameterLines + "\n");
        return await BuildAsync(bicep, copy);
    }

    /// <summary>A Bicep string literal holding <paramref name="value"/>.</summary>
    public static string Literal(string value)
    {
        var literal = new StringBuilder("'");
        foreach (char c in value)
        {
            literal.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '$' => @"\$",
                _ => c.ToString(),
            });
        }

        return literal.Append('\'').ToString();
    }

    /// <summary>A Bicep expression for <paramref name="value"/> serialised as JSON (<c>json('...')</c>).</summary>
    public static string Json<T>(T value) => $"json({Literal(JsonSerializer.Serialize(value))})";

    private static Task<ProcessResult> BuildAsync(BicepCli bicep, TemporaryInfraCopy copy) =>
        bicep.RunInAsync(copy.InfraFolder, "build-params", ProbeParameters, "--outfile", "parameter-probe.json");
}
