using GenesysCloud.Emulator;

// Standalone: dotnet run --project tests/GenesysCloud.Emulator -- --urls http://127.0.0.1:5080 [--seed path.json]
var builder = WebApplication.CreateSlimBuilder(args);
var seedPath = builder.Configuration["seed"] is { Length: > 0 } given
    ? Path.GetFullPath(given)
    : Path.Combine(AppContext.BaseDirectory, "seed.default.json");
var seed = EmulatorSeed.Load(seedPath);
if (string.IsNullOrEmpty(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var app = EmulatorApplication.Build(builder, new EmulatorState(seed, TimeProvider.System));
app.Logger.LogInformation("Genesys Cloud emulator: seed {SeedPath}", seedPath);
await app.RunAsync();

/// <summary>Entry point (partial so WebApplicationFactory&lt;Program&gt; can find it).</summary>
public partial class Program;
