using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>What is secret in a Genesys request: the <c>Authorization</c> header (bearer token or Basic client credentials) and <c>client_secret</c> in a token form.</summary>
internal static class GenesysRedaction
{
    /// <summary>
    /// Raw values stay visible in process (<see cref="GenesysCloudEmulator.Requests"/>: tests assert the bearer token a
    /// client sent); <c>GET /__emulator/requests</c>, which leaves the process, is redacted.
    /// </summary>
    public static readonly RequestRedaction Policy = new(["Authorization"], ["client_secret"], redactWhenRecorded: false);
}
