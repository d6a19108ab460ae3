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

    /// <summary>Creates the function.</summary>
    public GetDiagnostics(ApiRequestExecutor executor, IDiagnosticsRunner runner)
    {
        _executor = executor;
        _runner = runner;
    }

    /// <summary>
    /// 200 <c>{status, checkedAt, checks:[{name, ok, code, hint, detail}]}</c>, also when checks failed: the run itself
    /// succeeded, and the body says what is wrong.
    /// </summary>
    [Function(nameof(GetDiagnostics))]
    public Task<IActionResult> Run([HttpTrigger(AuthorizationLevel.Function, "get", Route = ApiRoutes.Diagnostics)] HttpRequest request)
        => _executor.ExecuteAsync(request, nameof(GetDiagnostics), async cancellationToken =>
            ApiResults.Ok(await _runner.RunAsync(cancellationToken).ConfigureAwait(false)));
}
