using Microsoft.AspNetCore.Http;

namespace Emulators.Hosting;

/// <summary>The error bodies of one emulator's wire format, used by the shared pipeline.</summary>
public interface IEmulatorErrorWriter
{
    /// <summary>Answers <paramref name="status"/> for an injected <paramref name="rule"/> in the emulated system's error format.</summary>
    Task WriteFaultAsync(HttpContext context, FaultRule rule, int status);

    /// <summary>Answers an exception the emulator did not handle (a 500 in the emulated system's error format).</summary>
    Task WriteUnhandledErrorAsync(HttpContext context);
}
