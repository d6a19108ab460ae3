namespace GenesysCloud.Emulator;

/// <summary>Body of <c>POST /__emulator/token-outage</c>.</summary>
internal sealed record TokenOutageRequest(int Status);
