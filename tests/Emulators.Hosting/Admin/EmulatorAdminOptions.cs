using System.Text.Json;

namespace Emulators.Hosting;

/// <summary>What the common admin endpoints act on.</summary>
public sealed class EmulatorAdminOptions
{
    /// <summary>The recorder behind <c>GET/DELETE /requests</c>.</summary>
    public required RequestRecorder Recorder { get; init; }

    /// <summary>The faults behind <c>/faults</c> and <c>/latency</c>.</summary>
    public required EmulatorFaults Faults { get; init; }

    /// <summary>Puts the emulator back to its seed (<c>POST /reset</c>).</summary>
    public required Action Reset { get; init; }

    /// <summary>JSON settings of admin bodies and answers.</summary>
    public required JsonSerializerOptions Json { get; init; }

    /// <summary>Route prefix of the admin group.</summary>
    public string Prefix { get; init; } = EmulatorPipeline.DefaultAdminPrefix;
}
