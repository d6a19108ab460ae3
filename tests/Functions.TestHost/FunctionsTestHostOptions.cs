using Functions.TestHost.Logging;

namespace Functions.TestHost;

/// <summary>How to start a <see cref="FunctionsTestHost"/>.</summary>
public sealed class FunctionsTestHostOptions
{
    /// <summary>The Function App's build or publish output (the folder holding worker.config.json and host.json).</summary>
    public required string AppDirectory { get; init; }

    /// <summary>
    /// App settings as environment variables (<c>Genesys__Region</c>); they win over the inherited environment and
    /// local.settings.json. A null value removes an inherited variable.
    /// </summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>An optional local.settings.json whose <c>Values</c> are applied as Core Tools applies them.</summary>
    public string? LocalSettingsPath { get; init; }

    /// <summary>How long the whole start (launch to every function loaded) may take.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the host waits for one InvocationResponse.</summary>
    public TimeSpan InvocationTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Sees every log line as it arrives (e.g. to echo it into test output).</summary>
    public Action<HostLogLine>? OnLog { get; init; }

    /// <summary>Clock for the timer trigger's <c>TimerTrigger</c> value.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
