using CampaignBridge.Functions;
using CampaignBridge.Functions.Hosting;
using CampaignBridge.Functions.Telemetry;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureCampaignBridgeWorker();
builder.Services.AddCampaignBridge(builder.Configuration);
builder.Services.AddCampaignBridgeTelemetry(builder.Configuration);
builder.Build().Run();
