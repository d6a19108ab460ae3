namespace GenesysCloud.Emulator;

/// <summary>The query flags of <c>POST .../contacts</c> (reference §3.6, §8.2).</summary>
internal sealed record ContactWriteOptions(bool Priority, bool ClearSystemData, bool DoNotQueue);
