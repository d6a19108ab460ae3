using CampaignBridge.Functions;
using CampaignBridge.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddCampaignBridge(builder.Configuration);
builder.Services.AddCampaignBridgeTelemetry(builder.Configuration);
builder.Build().Run();
