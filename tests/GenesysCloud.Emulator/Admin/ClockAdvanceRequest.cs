namespace GenesysCloud.Emulator;

/// <summary>Body of <c>POST /__emulator/clock</c>: how far to move the clock forward, in seconds (fractions allowed).</summary>
internal sealed record ClockAdvanceRequest(double AdvanceSeconds);
