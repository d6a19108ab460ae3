namespace Functions.TestHost;

/// <summary>When each start-up step finished, measured from the worker's launch (the host's own start is not included).</summary>
/// <param name="StartStream">The worker's StartStream arrived.</param>
/// <param name="WorkerInitialized">WorkerInitResponse arrived.</param>
/// <param name="MetadataReceived">FunctionMetadataResponse arrived.</param>
/// <param name="FunctionsLoaded">The last FunctionLoadResponse arrived: every function is loaded.</param>
public sealed record StartupTimings(TimeSpan StartStream, TimeSpan WorkerInitialized, TimeSpan MetadataReceived, TimeSpan FunctionsLoaded);
