using Emulators.Hosting;
using Salesforce.Emulator;

// Standalone: dotnet run --project tests/Salesforce.Emulator -- --urls http://127.0.0.1:5090 [--seed path.json]
var builder = StandaloneEmulator.CreateBuilder(args, SalesforceEmulator.DefaultStandaloneUrl);
var seedPath = StandaloneEmulator.SeedPath(builder.Configuration, "seed.default.json");
var seed = SalesforceSeed.Load(seedPath);
var app = SalesforceApplication.Build(builder, new SalesforceState(seed, TimeProvider.System));
app.Logger.LogInformation("Salesforce emulator: seed {SeedPath}", seedPath);
await app.RunAsync();
