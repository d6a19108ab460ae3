using System.Globalization;
using Functions.TestHost.Http;
using Functions.TestHost.Indexing;
using Functions.TestHost.Invocations;
using Functions.TestHost.Protocol;

namespace Functions.TestHost.Timers;

/// <summary>
/// Fires a timer function on demand, as the host's admin API does (reference §5): the trigger input is the host's
/// <c>TimerInfo</c> JSON (no schedule monitor, so <c>ScheduleStatus</c> is null) and <c>TimerTrigger</c> is the
/// current time in the invariant culture.
/// </summary>
internal sealed class TimerInvoker(FunctionInvoker invoker, TimeProvider time)
{
    public async Task<InvocationRecord> FireAsync(HostedFunction function)
    {
        var record = invoker.Begin(function, "timer", TraceParent.ContinueOrStart(null));
        var timerInfo = $$"""{"Schedule":{"AdjustForDST":{{(function.AdjustForDst ? "true" : "false")}}},"ScheduleStatus":null,"IsPastDue":false}""";
        var request = FunctionInvoker.CreateRequest(function, record, new TypedData { Json = timerInfo });
        request.TriggerMetadata.Add("TimerTrigger", new TypedData { String = time.GetLocalNow().DateTime.ToString(CultureInfo.InvariantCulture) });
        await invoker.RunAsync(record, request, "This function was programmatically called via the host APIs.").ConfigureAwait(false);
        return record;
    }
}
