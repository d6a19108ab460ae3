using CampaignBridge.Functions.Credentials;
using CampaignBridge.Genesys;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Runs single checks and builds their results: every failure a client can explain becomes its code and hint.</summary>
internal static partial class DiagnosticChecks
{
    /// <summary>Runs one check; returns its name when it failed (so later checks can say why they were skipped).</summary>
    public static async Task<string?> RunAsync(List<DiagnosticCheck> checks, string name, Func<Task<string>> check, ILogger logger)
    {
        try
        {
            checks.Add(Passed(name, await check().ConfigureAwait(false)));
            return null;
        }
        catch (GenesysApiException exception)
        {
            checks.Add(Failed(name, exception.ErrorCode, exception.Hint, exception.Message));
        }
        catch (SalesforceApiException exception)
        {
            checks.Add(Failed(name, exception.ErrorCode, exception.Hint, exception.Message));
        }
        catch (CredentialSourceException exception)
        {
            checks.Add(Failed(name, exception.Code, exception.Hint, exception.Message));
        }
        catch (DiagnosticFailure failure)
        {
            checks.Add(Failed(name, failure.Code, failure.Hint, failure.Message));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogUnexpected(logger, exception, name);
            checks.Add(Failed(name, "internal.error", "See the Function App logs for the details.", $"The check failed unexpectedly ({exception.GetType().Name})."));
        }

        return name;
    }

    public static DiagnosticCheck Passed(string name, string detail)
        => new() { Name = name, Ok = true, Code = DiagnosticCheckNames.OkCode, Detail = detail };

    public static DiagnosticCheck Failed(string name, string code, string? hint, string detail)
        => new() { Name = name, Ok = false, Code = code, Hint = string.IsNullOrWhiteSpace(hint) ? null : hint, Detail = detail };

    public static DiagnosticCheck Skipped(string name, string blockedBy)
        => new() { Name = name, Ok = false, Code = DiagnosticCheckNames.SkippedCode, Detail = $"Not checked because '{blockedBy}' failed." };

    public static DiagnosticCheck NotConfigured(string name, string detail, string hint)
        => new() { Name = name, Ok = true, Code = DiagnosticCheckNames.NotConfiguredCode, Hint = hint, Detail = detail };

    [LoggerMessage(Level = LogLevel.Error, Message = "Diagnostics check {CheckName} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string checkName);
}
