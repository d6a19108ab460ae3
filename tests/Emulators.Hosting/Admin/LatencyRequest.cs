namespace Emulators.Hosting;

/// <summary>Body of <c>POST /__emulator/latency</c>.</summary>
internal sealed record LatencyRequest(int Milliseconds);
