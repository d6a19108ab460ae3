using Emulators.Hosting;

namespace GenesysCloud.Emulator;

/// <summary>Builds the emulator app; shared by the standalone Program and <see cref="GenesysCloudEmulator"/>.</summary>
internal static class EmulatorApplication
{
    public static WebApplication Build(WebApplicationBuilder builder, EmulatorState state)
    {
        builder.Services.AddSingleton(state);
        builder.Services.AddRouting();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var app = builder.Build();

        app.UseEmulatorPipeline(new EmulatorPipelineOptions
        {
            Recorder = state.Recorder,
            Faults = state.Faults.Requests,
            Time = state.Time,
            Errors = new GenesysErrorWriter(state.Settings),
            LogCategory = "GenesysCloud.Emulator",
            OnRequestArrived = context => RequestPipeline.OnRequestArrived(context, state),
        });
        app.Use(RequestPipeline.UnsupportedMethodAsNotFoundAsync);
        app.Use((context, next) => RequestPipeline.TokenOutageAsync(context, next, state));
        app.Use((context, next) => RequestPipeline.SizeLimitAsync(context, next, state));
        app.UseRouting();
        app.Use((context, next) => RequestPipeline.ApiGateAsync(context, next, state));

        // Typed as Delegate so the returned IResult is executed (a Func<HttpContext, Task> would bind as a RequestDelegate).
        Delegate tokenHandler = (HttpContext context) => TokenEndpoint.HandleAsync(context, state);
        foreach (var path in TokenEndpoint.Paths)
        {
            app.MapPost(path, tokenHandler);
        }

        CampaignEndpoints.Map(app, state);
        ContactListEndpoints.Map(app, state);
        ContactExportEndpoints.Map(app, state);
        DncEndpoints.Map(app, state);
        AnalyticsEndpoints.Map(app, state);
        WrapUpCodeEndpoints.Map(app, state);
        AdminEndpoints.Map(app, state);
        app.MapFallback((HttpContext context) => ApiError.NotFound(context));
        return app;
    }
}
