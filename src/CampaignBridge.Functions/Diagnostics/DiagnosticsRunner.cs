using CampaignBridge.Functions.CallResults;
using CampaignBridge.Functions.Configuration;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Genesys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// Runs, in order: configuration, Genesys credentials, token, one read per Genesys permission the app needs
/// (<see cref="GenesysPermissionChecks"/>), then the way back's Salesforce side (<see cref="WayBackChecks"/>) and its
/// backlog (<see cref="CallResultsBacklogCheck"/>). A failure of configuration, credentials or token stops the Genesys
/// checks: the later ones are reported as skipped with the reason. A failed permission check does not stop the others,
/// except that the contact-list check needs a campaign.
/// </summary>
internal sealed partial class DiagnosticsRunner : IDiagnosticsRunner
{
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILogger<DiagnosticsRunner> _logger;
    private readonly SalesforceOrg _org;
    private DiagnosticsReport? _last;

    public DiagnosticsRunner(IServiceProvider services, TimeProvider time, SalesforceOrg org, ILogger<DiagnosticsRunner> logger)
    {
        _services = services;
        _time = time;
        _org = org;
        _logger = logger;
    }

    public DiagnosticsReport? LastReport => Volatile.Read(ref _last);

    public async Task<DiagnosticsReport> RunAsync(CancellationToken cancellationToken)
    {
        var checks = new List<DiagnosticCheck>();
        string? blockedBy = null;

        var options = CheckConfiguration(checks);
        if (options is null)
        {
            blockedBy = DiagnosticCheckNames.Configuration;
        }

        blockedBy ??= await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.Credentials, async () =>
        {
            var source = _services.GetRequiredService<ICredentialSourceCheck>();
            await source.CheckAsync(cancellationToken).ConfigureAwait(false);
            return $"Read the Genesys OAuth client credentials from {source.Description}.";
        }, _logger).ConfigureAwait(false);

        blockedBy ??= await DiagnosticChecks.RunAsync(checks, DiagnosticCheckNames.Token, async () =>
        {
            var token = await _services.GetRequiredService<IGenesysTokenProvider>().GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            return $"Genesys issued a client-credentials token to OAuth client {token.ClientId}, valid until {token.ExpiresAt:u}.";
        }, _logger).ConfigureAwait(false);

        if (blockedBy is not null)
        {
            Skip(checks, blockedBy);
        }
        else
        {
            await _services.GetRequiredService<GenesysPermissionChecks>().RunAsync(checks, options!, _org.IsConfigured, cancellationToken).ConfigureAwait(false);
        }

        // The Salesforce side does not depend on Genesys: a broken Genesys token still lets its checks run.
        await _services.GetRequiredService<WayBackChecks>().RunAsync(checks, cancellationToken).ConfigureAwait(false);
        await _services.GetRequiredService<CallResultsBacklogCheck>().RunAsync(checks, cancellationToken).ConfigureAwait(false);

        var report = new DiagnosticsReport
        {
            Status = checks.TrueForAll(c => c.Ok) ? DiagnosticsReport.Healthy : DiagnosticsReport.Unhealthy,
            CheckedAt = _time.GetUtcNow(),
            Checks = checks,
        };
        foreach (var failed in checks.Where(c => !c.Ok))
        {
            LogFailedCheck(_logger, failed.Name, failed.Code);
        }

        Volatile.Write(ref _last, report);
        return report;
    }

    private DiagnosticsOptions? CheckConfiguration(List<DiagnosticCheck> checks)
    {
        try
        {
            var genesys = _services.GetRequiredService<IOptions<GenesysConnectionOptions>>().Value;
            var keyVault = _services.GetRequiredService<IOptions<KeyVaultOptions>>().Value;
            var diagnostics = _services.GetRequiredService<IOptions<DiagnosticsOptions>>().Value;
            var target = genesys.HasBaseUrlOverrides ? $"Genesys at {genesys.ApiBaseUrl} (login {genesys.LoginBaseUrl})" : $"Genesys region {genesys.Region}";
            var credentials = keyVault.IsEnabled ? $"credentials from Key Vault {keyVault.Uri}" : "credentials from app settings Genesys:ClientId/ClientSecret";
            checks.Add(DiagnosticChecks.Passed(DiagnosticCheckNames.Configuration, $"{target}; {credentials}."));
            return diagnostics;
        }
        catch (OptionsValidationException exception)
        {
            checks.Add(new DiagnosticCheck
            {
                Name = DiagnosticCheckNames.Configuration,
                Ok = false,
                Code = "configuration.invalid",
                Hint = "Fix the app settings named in the detail and restart the Function App.",
                Detail = string.Join(" ", exception.Failures),
            });
            return null;
        }
    }

    private static void Skip(List<DiagnosticCheck> checks, string blockedBy)
    {
        string[] order = [DiagnosticCheckNames.Credentials, DiagnosticCheckNames.Token, .. GenesysPermissionChecks.Names];
        checks.AddRange(order.Where(n => !checks.Exists(c => c.Name == n)).Select(n => DiagnosticChecks.Skipped(n, blockedBy)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Diagnostics check {CheckName} failed: {ErrorCode}")]
    private static partial void LogFailedCheck(ILogger logger, string checkName, string errorCode);

}
