using Functions.TestHost.Protocol;

namespace Functions.TestHost.Indexing;

/// <summary>A function the worker indexed and the host loaded.</summary>
public sealed record HostedFunction
{
    /// <summary>The function name (<c>[Function]</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The worker's id for the function.</summary>
    public required string FunctionId { get; init; }

    /// <summary><c>Namespace.Class.Method</c>.</summary>
    public required string EntryPoint { get; init; }

    /// <summary>The trigger binding's type, e.g. <c>httpTrigger</c> or <c>timerTrigger</c>.</summary>
    public required string TriggerType { get; init; }

    /// <summary>The trigger binding's name (the parameter the worker binds it to).</summary>
    public required string TriggerBindingName { get; init; }

    /// <summary>HTTP: the route template without the prefix (the function name when the binding has none).</summary>
    public string? Route { get; init; }

    /// <summary>HTTP: allowed methods, lower case; empty allows every method.</summary>
    public IReadOnlyList<string> Methods { get; init; } = [];

    /// <summary>HTTP: the binding's <c>authLevel</c> (not enforced by this host).</summary>
    public string? AuthLevel { get; init; }

    /// <summary>Timer: the schedule as declared (e.g. <c>%ContactSync:Schedule%</c>).</summary>
    public string? Schedule { get; init; }

    /// <summary>Timer: the schedule after <c>%Setting%</c> substitution.</summary>
    public string? ResolvedSchedule { get; init; }

    /// <summary>Timer: true for a cron schedule, false for a TimeSpan (the <c>AdjustForDST</c> the host reports).</summary>
    public bool AdjustForDst { get; init; }

    /// <summary>The worker's raw binding JSON, one string per binding.</summary>
    public IReadOnlyList<string> RawBindings { get; init; } = [];

    /// <summary>True for an HTTP-triggered function.</summary>
    public bool IsHttp => string.Equals(TriggerType, "httpTrigger", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a timer-triggered function.</summary>
    public bool IsTimer => string.Equals(TriggerType, "timerTrigger", StringComparison.OrdinalIgnoreCase);

    internal RpcFunctionMetadata LoadMetadata { get; init; } = new();
}
