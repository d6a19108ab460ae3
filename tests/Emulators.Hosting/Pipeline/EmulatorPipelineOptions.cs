namespace Emulators.Hosting;

/// <summary>What the shared pipeline needs from an emulator.</summary>
public sealed class EmulatorPipelineOptions
{
    /// <summary>Where answered requests are recorded.</summary>
    public required RequestRecorder Recorder { get; init; }

    /// <summary>The request-level faults and latency to apply.</summary>
    public required EmulatorFaults Faults { get; init; }

    /// <summary>Emulator clock (recorded timestamps).</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>The emulator's error bodies.</summary>
    public required IEmulatorErrorWriter Errors { get; init; }

    /// <summary>Path prefix of the admin endpoints: never recorded, never faulted.</summary>
    public string AdminPrefix { get; init; } = EmulatorPipeline.DefaultAdminPrefix;

    /// <summary>Logger category of the one-line-per-request log.</summary>
    public string LogCategory { get; init; } = "Emulator";

    /// <summary>Runs first for every request, admin ones included (e.g. a correlation id header, counting token requests).</summary>
    public Action<Microsoft.AspNetCore.Http.HttpContext>? OnRequestArrived { get; init; }
}
