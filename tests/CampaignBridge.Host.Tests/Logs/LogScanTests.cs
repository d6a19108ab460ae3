using System.Text;
using CampaignBridge.Host.Tests.Support;
using Functions.TestHost.Logging;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Host.Tests.Logs;

/// <summary>
/// The log of the whole run (every test of this assembly ran before this collection): no Error, no secret, no
/// framework Information noise, no Data Protection warning, and the traceId of every problem+json answer in the log
/// lines of its request.
/// </summary>
[Collection(LogScanLastOrderer.LogScanCollection)]
public sealed class LogScanTests(CampaignBridgeProcess app, ITestOutputHelper output)
{
    /// <summary>Framework categories whose Information lines are allowed: start and stop, once per process. (Debug and Trace lines are not checked: the host drops them at its default level.)</summary>
    private static readonly string[] AllowedFrameworkInformation = ["Microsoft.Hosting.Lifetime"];

    private IReadOnlyList<HostLogLine> Lines => app.Host.Log.Lines;

    [Fact]
    public void The_run_logged_no_error()
        => Lines.Where(l => l.Level is >= LogLevel.Error and not LogLevel.None).ShouldBeEmpty(Describe(Lines.Where(l => l.Level is >= LogLevel.Error and not LogLevel.None)));

    [Fact]
    public void The_run_logged_no_secret_token_or_authorization_header()
    {
        var secrets = app.Emulator.IssuedTokens.Select(t => t.AccessToken)
            .Append(AppSettings.ClientSecret)
            .Append(Convert.ToBase64String(Encoding.UTF8.GetBytes("campaignbridge-local:" + AppSettings.ClientSecret)))
            .ToList();
        app.Emulator.IssuedTokens.ShouldNotBeEmpty("the run must have used Genesys for the scan to mean anything");

        var leaks = Lines.Where(l => secrets.Any(s => l.Text.Contains(s, StringComparison.Ordinal))
            || l.Text.Contains("Bearer ", StringComparison.OrdinalIgnoreCase)
            || l.Text.Contains("Authorization:", StringComparison.OrdinalIgnoreCase));

        leaks.ShouldBeEmpty();
    }

    [Fact]
    public void Framework_categories_wrote_no_information_lines_and_data_protection_wrote_nothing()
    {
        var noise = Lines.Where(l => l.Source == HostLogSource.Worker && l.Level == LogLevel.Information && IsFramework(l.Category)).ToList();
        var dataProtection = Lines.Where(l => l.Category.StartsWith("Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{Lines.Count} lines; worker lines by category:");
        foreach (var group in Lines.Where(l => l.Source == HostLogSource.Worker).GroupBy(l => $"{l.Level} {l.Category}").OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Count(),5} {group.Key}");
        }

        noise.ShouldBeEmpty(Describe(noise));
        dataProtection.ShouldBeEmpty(Describe(dataProtection));
    }

    [Fact]
    public void Every_problem_answer_names_a_trace_id_found_in_the_log_lines_of_its_request()
    {
        var problems = app.Answers.Where(a => a.IsProblem).ToList();
        problems.ShouldNotBeEmpty("the run must have produced problem+json answers for this scan to mean anything");

        var missing = new List<string>();
        foreach (var problem in problems)
        {
            var traceId = problem.Json().GetProperty("traceId").GetString();
            var lines = problem.InvocationId is { } id ? app.Host.Log.ForInvocation(id) : [];
            if (traceId is not { Length: 32 } || !lines.Any(l => l.Text.Contains(traceId, StringComparison.Ordinal)))
            {
                missing.Add($"{problem} (traceId {traceId}, {lines.Count} lines)");
            }
        }

        missing.ShouldBeEmpty($"{missing.Count} of {problems.Count} problem answers");
    }

    private static bool IsFramework(string category)
        => (category.StartsWith("Microsoft.", StringComparison.Ordinal) || category.StartsWith("System.", StringComparison.Ordinal) || category == "Polly")
           && !AllowedFrameworkInformation.Contains(category, StringComparer.Ordinal);

    private static string Describe(IEnumerable<HostLogLine> lines) => string.Join(Environment.NewLine, lines.Take(30));
}
