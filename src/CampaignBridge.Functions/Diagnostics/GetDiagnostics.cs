using CampaignBridge.Functions.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace CampaignBridge.Functions.Diagnostics;

/// <summary>Runs every connection check now and explains each failure.</summary>
public sealed class GetDiagnostics
{
    private readonly ApiRequestExecutor _executor;
    private readonly IDiagnosticsRunner _runner;
    private readonly LastProbeReader _lastProbe;

    /// <summary>Creates the function.</summary>
    public GetDiagnostics(ApiRequestExecutor executor, IDiagnosticsRunner runner, LastProbeReader lastProbe)
    {
        _executor = executor;
        _runner = runner;
        _lastProbe = lastProbe;
    }

    /// <summary>
    /// 200 <c>{status, checkedAt, checks:[{name, ok, code, hint, detail}], lastProbe?}</c>, also when checks failed: the
    /// run itself succeeded, and the body says what is wrong. <c>lastProbe</c> is the background timer's last result.
    /// </summary>
    [Function(nameof(GetDiagnostics))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Diagnostics)] HttpRequest request)
        => _executor.ExecuteAsync(request, nameof(GetDiagnostics), async cancellationToken =>
        {
            var live = _runner.RunAsync(cancellationToken);
            var lastProbe = _lastProbe.TryReadAsync(cancellationToken);
            var report = await live.ConfigureAwait(false);
            return ApiResults.Ok(report with { LastProbe = await lastProbe.ConfigureAwait(false) });
        });
}
