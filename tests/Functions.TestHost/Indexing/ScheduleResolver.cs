using System.Globalization;
using System.Text.RegularExpressions;
using NCrontab;

namespace Functions.TestHost.Indexing;

/// <summary>
/// What the host does with a timer schedule (reference §5): substitute each <c>%Name%</c> from its configuration
/// (setting <c>A:B</c> = environment variable <c>A__B</c>), then parse the result as NCRONTAB (5 fields, or 6 with
/// seconds) or as a TimeSpan. The worker never resolves schedules.
/// </summary>
internal static partial class ScheduleResolver
{
    public static bool TryResolve(string schedule, Func<string, string?> setting, out string resolved, out bool isCron, out string? error)
    {
        isCron = false;
        resolved = schedule;
        error = null;
        if (schedule.Count(c => c == '%') % 2 != 0)
        {
            error = $"'{schedule}' has an unpaired '%'.";
            return false;
        }

        string? missing = null;
        resolved = SettingReference().Replace(schedule, match =>
        {
            var value = setting(match.Groups[1].Value);
            if (string.IsNullOrEmpty(value))
            {
                missing ??= match.Value;
                return match.Value;
            }

            return value;
        });
        if (missing is not null)
        {
            error = $"'{missing}' does not resolve to a value.";
            return false;
        }

        var fields = resolved.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length is 5 or 6
            && CrontabSchedule.TryParse(resolved, new CrontabSchedule.ParseOptions { IncludingSeconds = fields.Length == 6 }) is not null)
        {
            isCron = true;
            return true;
        }

        if (TimeSpan.TryParse(resolved, CultureInfo.InvariantCulture, out _))
        {
            return true;
        }

        error = $"The schedule expression '{resolved}' was not recognized as a valid cron expression or timespan string.";
        return false;
    }

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex SettingReference();
}
