using System.Globalization;
using Emulators.Hosting;
using GenesysCloud.Emulator;

// Standalone: dotnet run --project tests/GenesysCloud.Emulator -- --urls http://127.0.0.1:5080 [--seed path.json] [--clock-speed 60]
var builder = StandaloneEmulator.CreateBuilder(args, GenesysCloudEmulator.DefaultStandaloneUrl);
var seedPath = StandaloneEmulator.SeedPath(builder.Configuration, "seed.default.json");
var seed = EmulatorSeed.Load(seedPath);

var speedText = builder.Configuration["clock-speed"];
if (!double.TryParse(speedText ?? "1", NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) || !(speed > 0) || double.IsInfinity(speed))
{
    Console.Error.WriteLine($"--clock-speed must be a positive number (emulated seconds per real second), was '{speedText}'.");
    return 2;
}

// Always an ScaledClock (speed 1 = real time), so POST /__emulator/clock can also advance a standalone emulator.
await using var clock = new ScaledClock(TimeProvider.System.GetUtcNow(), speed);
var state = new EmulatorState(seed, clock);
var app = EmulatorApplication.Build(builder, state);
using var dialing = new BackgroundDialing(state, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GenesysCloud.Emulator.Dialer"));
app.Logger.LogInformation("Genesys Cloud emulator: seed {SeedPath}, clock speed {Speed}x", seedPath, speed);
await app.RunAsync();
return 0;

/// <summary>Entry point (partial so WebApplicationFactory&lt;Program&gt; can find it).</summary>
public partial class Program;
