using CampaignBridge.Functions.Configuration;
using CampaignBridge.Functions.Credentials;
using CampaignBridge.Genesys;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>
/// Runs, in order: configuration, credentials, token, then one read per permission the app needs. A failure of
/// configuration, credentials or token stops the run: the later checks are reported as skipped with the reason.
/// A failed permission check does not stop the others, except that the contact-list check needs a campaign.
/// </summary>
internal sealed partial class DiagnosticsRunner : IDiagnosticsRunner
{
    private readonly IServiceProvider _services;
    private readonly TimeProvider _time;
    private readonly ILogger<DiagnosticsRunner> _logger;
    private DiagnosticsReport? _last;

    public DiagnosticsRunner(IServiceProvider services, TimeProvider time, ILogger<DiagnosticsRunner> logger)
    {
        _services = services;
        _time = time;
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

        blockedBy ??= await RunAsync(checks, DiagnosticCheckNames.Credentials, async () =>
        {
            var source = _services.GetRequiredService<ICredentialSourceCheck>();
            await source.CheckAsync(cancellationToken).ConfigureAwait(false);
            return $"Read the Genesys OAuth client credentials from {source.Description}.";
        }).ConfigureAwait(false);

        blockedBy ??= await RunAsync(checks, DiagnosticCheckNames.Token, async () =>
        {
            var token = await _services.GetRequiredService<IGenesysTokenProvider>().GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            return $"Genesys issued a client-credentials token to OAuth client {token.ClientId}, valid until {token.ExpiresAt:u}.";
        }).ConfigureAwait(false);

        if (blockedBy is not null)
        {
            Skip(checks, blockedBy);
        }
        else
        {
            await CheckPermissionsAsync(checks, options!, cancellationToken).ConfigureAwait(false);
        }

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
            checks.Add(Passed(DiagnosticCheckNames.Configuration, $"{target}; {credentials}."));
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

    private async Task CheckPermissionsAsync(List<DiagnosticCheck> checks, DiagnosticsOptions options, CancellationToken cancellationToken)
    {
        var genesys = _services.GetRequiredService<IGenesysOutboundClient>();
        Campaign? campaign = null;
        var campaignFailed = await RunAsync(checks, DiagnosticCheckNames.CampaignsRead, async () =>
        {
            if (!string.IsNullOrWhiteSpace(options.CampaignId))
            {
                campaign = await genesys.GetCampaignAsync(options.CampaignId.Trim(), cancellationToken).ConfigureAwait(false);
                return $"Read campaign '{campaign.Name}' (Diagnostics:CampaignId): outbound:campaign:view is granted.";
            }

            var page = await genesys.ListCampaignsAsync(new CampaignQuery(PageSize: 1), cancellationToken).ConfigureAwait(false);
            campaign = page.Entities.FirstOrDefault();
            return $"Listed campaigns ({page.Total} in total): outbound:campaign:view is granted.";
        }).ConfigureAwait(false);

        var contactListId = campaign?.ContactList?.Id;
        if (campaignFailed is not null || contactListId is null)
        {
            checks.Add(new DiagnosticCheck
            {
                Name = DiagnosticCheckNames.ContactListRead,
                Ok = false,
                Code = DiagnosticCheckNames.SkippedCode,
                Hint = campaignFailed is null ? "Create a campaign, or set Diagnostics:CampaignId, so its contact list can be checked." : null,
                Detail = campaignFailed is null
                    ? "Not checked: no campaign was found whose contact list could be read."
                    : $"Not checked because '{campaignFailed}' failed: the contact list is found through a campaign.",
            });
        }
        else
        {
            await RunAsync(checks, DiagnosticCheckNames.ContactListRead, async () =>
            {
                var list = await genesys.GetContactListAsync(contactListId, cancellationToken).ConfigureAwait(false);
                return $"Read contact list '{list.Name}' of campaign '{campaign!.Name}' ({list.ColumnNames.Count} columns): outbound:contactList:view is granted.";
            }).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(options.DncListId))
        {
            checks.Add(new DiagnosticCheck
            {
                Name = DiagnosticCheckNames.DncListRead,
                Ok = true,
                Code = DiagnosticCheckNames.NotConfiguredCode,
                Hint = "Set Diagnostics:DncListId to the internal DNC list AddDncNumbers writes to, to have it checked.",
                Detail = "Not checked: Diagnostics:DncListId is not set.",
            });
        }
        else
        {
            await RunAsync(checks, DiagnosticCheckNames.DncListRead, async () =>
            {
                var list = await genesys.GetDncListAsync(options.DncListId.Trim(), cancellationToken).ConfigureAwait(false);
                return list.IsInternal
                    ? $"Read DNC list '{list.Name}' (internal): outbound:dncList:view is granted."
                    : $"Read DNC list '{list.Name}': outbound:dncList:view is granted, but its type is '{list.DncSourceType}', so AddDncNumbers cannot write to it.";
            }).ConfigureAwait(false);
        }
    }

    /// <summary>Runs one check; returns its name when it failed (so later checks can say why they were skipped).</summary>
    private async Task<string?> RunAsync(List<DiagnosticCheck> checks, string name, Func<Task<string>> check)
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
        catch (CredentialSourceException exception)
        {
            checks.Add(Failed(name, exception.Code, exception.Hint, exception.Message));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogUnexpected(_logger, exception, name);
            checks.Add(Failed(name, "internal.error", "See the Function App logs for the details.", $"The check failed unexpectedly ({exception.GetType().Name})."));
        }

        return name;
    }

    private static void Skip(List<DiagnosticCheck> checks, string blockedBy)
    {
        string[] order =
        [
            DiagnosticCheckNames.Credentials, DiagnosticCheckNames.Token, DiagnosticCheckNames.CampaignsRead,
            DiagnosticCheckNames.ContactListRead, DiagnosticCheckNames.DncListRead,
        ];
        foreach (var name in order.Where(n => !checks.Exists(c => c.Name == n)))
        {
            checks.Add(new DiagnosticCheck
            {
                Name = name,
                Ok = false,
                Code = DiagnosticCheckNames.SkippedCode,
                Detail = $"Not checked because '{blockedBy}' failed.",
            });
        }
    }

    private static DiagnosticCheck Passed(string name, string detail)
        => new() { Name = name, Ok = true, Code = DiagnosticCheckNames.OkCode, Detail = detail };

    private static DiagnosticCheck Failed(string name, string code, string? hint, string detail)
        => new() { Name = name, Ok = false, Code = code, Hint = string.IsNullOrWhiteSpace(hint) ? null : hint, Detail = detail };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Diagnostics check {CheckName} failed: {ErrorCode}")]
    private static partial void LogFailedCheck(ILogger logger, string checkName, string errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Diagnostics check {CheckName} failed unexpectedly")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string checkName);
}
