using System.Text.Json;
using System.Text.RegularExpressions;
using Functions.TestHost.Protocol;

namespace Functions.TestHost.Indexing;

/// <summary>
/// Turns the worker's <c>FunctionMetadataResponse</c> into <see cref="HostedFunction"/>s with the host's checks
/// (reference §3): valid and unique names, valid binding names (<c>$return</c> only as an output), exactly one trigger,
/// no function the worker marked failed, and a resolvable schedule for every timer. This host is strict: any error
/// fails the start instead of disabling one function, so a test sees it.
/// </summary>
internal static partial class FunctionIndexer
{
    public static IReadOnlyList<HostedFunction> Index(FunctionMetadataResponse response, Func<string, string?> setting)
    {
        if (response.Result is { Status: not StatusResult.Types.Status.Success } result)
        {
            throw new WorkerStartException("The worker failed to index its functions: " + Describe(result));
        }

        if (response.UseDefaultMetadataIndexing)
        {
            throw new WorkerStartException("The worker asked the host to index functions.metadata itself; this host supports worker indexing only.");
        }

        var errors = new List<string>();
        var functions = new List<HostedFunction>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var metadata in response.FunctionMetadataResults)
        {
            if (Index(metadata, setting, names, out var error) is { } function)
            {
                functions.Add(function);
            }
            else
            {
                errors.Add($"The '{metadata.Name}' function is in error: {error}");
            }
        }

        if (errors.Count > 0)
        {
            throw new WorkerStartException(string.Join(Environment.NewLine, errors));
        }

        return functions;
    }

    private static HostedFunction? Index(RpcFunctionMetadata metadata, Func<string, string?> setting, HashSet<string> names, out string? error)
    {
        error = null;
        if (metadata.Status is { Status: not StatusResult.Types.Status.Success } status)
        {
            error = "the worker could not index it: " + Describe(status);
            return null;
        }

        if (!FunctionName().IsMatch(metadata.Name) || string.Equals(metadata.Name, "host", StringComparison.OrdinalIgnoreCase) || !names.Add(metadata.Name))
        {
            error = "the name is not valid or not unique.";
            return null;
        }

        var bindings = metadata.RawBindings.Select(ParseBinding).ToList();
        if (bindings.Count == 0)
        {
            error = "it has no bindings.";
            return null;
        }

        var load = new RpcFunctionMetadata
        {
            FunctionId = metadata.FunctionId,
            Name = metadata.Name,
            Directory = metadata.Directory,
            EntryPoint = metadata.EntryPoint,
            ScriptFile = metadata.ScriptFile,
            IsProxy = metadata.IsProxy,
        };
        load.Properties.Add(metadata.Properties);
        JsonElement? trigger = null;
        foreach (var binding in bindings)
        {
            var name = Text(binding, "name") ?? string.Empty;
            var type = Text(binding, "type") ?? string.Empty;
            var direction = ParseDirection(Text(binding, "direction"));
            var validName = name == "$return" ? direction == BindingInfo.Types.Direction.Out : BindingName().IsMatch(name);
            if (!validName || load.Bindings.ContainsKey(name))
            {
                error = $"the binding name '{name}' is not valid or not unique.";
                return null;
            }

            if (type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase) && direction == BindingInfo.Types.Direction.In)
            {
                if (trigger is not null)
                {
                    error = "it has more than one trigger.";
                    return null;
                }

                trigger = binding;
            }

            load.Bindings.Add(name, new BindingInfo { Type = type, Direction = direction, DataType = ParseDataType(Text(binding, "dataType")) });
        }

        if (trigger is not { } triggerBinding)
        {
            error = "it has no trigger.";
            return null;
        }

        var function = new HostedFunction
        {
            Name = metadata.Name,
            FunctionId = metadata.FunctionId,
            EntryPoint = metadata.EntryPoint,
            TriggerType = Text(triggerBinding, "type")!,
            TriggerBindingName = Text(triggerBinding, "name")!,
            RawBindings = [.. metadata.RawBindings],
            LoadMetadata = load,
        };
        if (function.IsHttp)
        {
            var methods = triggerBinding.TryGetProperty("methods", out var m) && m.ValueKind == JsonValueKind.Array
                ? m.EnumerateArray().Select(v => v.GetString()!.ToLowerInvariant()).ToArray()
                : [];
            return function with { Route = Text(triggerBinding, "route") ?? metadata.Name, Methods = methods, AuthLevel = Text(triggerBinding, "authLevel") };
        }

        if (function.IsTimer)
        {
            var schedule = Text(triggerBinding, "schedule") ?? string.Empty;
            if (!ScheduleResolver.TryResolve(schedule, setting, out var resolved, out var isCron, out error))
            {
                return null;
            }

            return function with { Schedule = schedule, ResolvedSchedule = resolved, AdjustForDst = isCron };
        }

        return function;
    }

    private static JsonElement ParseBinding(string raw)
    {
        using var document = JsonDocument.Parse(raw);
        return document.RootElement.Clone();
    }

    private static string Describe(StatusResult result)
        => result.Exception is { } exception ? $"{exception.Type}: {exception.Message}" : result.Result;

    private static string? Text(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static BindingInfo.Types.Direction ParseDirection(string? direction) => direction?.ToLowerInvariant() switch
    {
        "out" => BindingInfo.Types.Direction.Out,
        "inout" => BindingInfo.Types.Direction.Inout,
        _ => BindingInfo.Types.Direction.In,
    };

    private static BindingInfo.Types.DataType ParseDataType(string? dataType) => dataType?.ToLowerInvariant() switch
    {
        "string" => BindingInfo.Types.DataType.String,
        "binary" => BindingInfo.Types.DataType.Binary,
        "stream" => BindingInfo.Types.DataType.Stream,
        _ => BindingInfo.Types.DataType.Undefined,
    };

    [GeneratedRegex("^[a-z][a-z0-9_\\-]{0,127}$", RegexOptions.IgnoreCase)]
    private static partial Regex FunctionName();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9]{0,127}$")]
    private static partial Regex BindingName();
}
