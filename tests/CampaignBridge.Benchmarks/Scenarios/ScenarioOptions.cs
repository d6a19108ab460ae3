namespace CampaignBridge.Benchmarks.Scenarios;

/// <summary>
/// Options after the scenario names: <c>--app &lt;folder&gt;</c> and <c>--control &lt;folder&gt;</c> start these outputs
/// (e.g. ReadyToRun publish folders) in the cold-start scenario instead of the build outputs; <c>--contacts &lt;n&gt;</c>
/// sets the call-results scenario's size (default <see cref="DefaultCallResultsContacts"/>, issue 14's figure) and
/// <c>--steady-contacts &lt;n&gt;</c> the size of its steady-schedule phase (default <see cref="DefaultSteadyContacts"/>:
/// that phase's real time grows with the square of the size on the emulator, see <c>CallResultsScenario</c>).
/// </summary>
internal static class ScenarioOptions
{
    public const int DefaultCallResultsContacts = 10_000;

    public const int DefaultSteadyContacts = 2_000;

    public static int CallResultsContacts { get; private set; } = DefaultCallResultsContacts;

    public static int SteadyContacts { get; private set; } = DefaultSteadyContacts;

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
                case "--contacts" when i + 1 < arguments.Count:
                    CallResultsContacts = int.Parse(arguments[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--steady-contacts" when i + 1 < arguments.Count:
                    SteadyContacts = int.Parse(arguments[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                default:
                    rest.Add(arguments[i]);
                    break;
            }
        }

        return [.. rest];
    }
}
