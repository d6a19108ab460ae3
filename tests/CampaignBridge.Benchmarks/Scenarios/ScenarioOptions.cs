namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Options after the scenario names: <c>--app &lt;folder&gt;</c> and <c>--control &lt;folder&gt;</c> start these outputs
/// (e.g. ReadyToRun publish folders) in the cold-start scenario instead of the build outputs.
/// </summary>
internal static class ScenarioOptions
{

    public static string? AppDirectory { get; private set; }

    public static string? ControlDirectory { get; private set; }

    /// <summary>Takes the options out of <paramref name="arguments"/> and returns the rest.</summary>
    public static string[] Take(IReadOnlyList<string> arguments)
    {
        var rest = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--app" when i + 1 < arguments.Count:
                    AppDirectory = Path.GetFullPath(arguments[++i]);
                    break;
                case "--control" when i + 1 < arguments.Count:
                    ControlDirectory = Path.GetFullPath(arguments[++i]);
                    break;
                default:
                    rest.Add(arguments[i]);
                    break;
            }
        }

        return [.. rest];
    }
}
