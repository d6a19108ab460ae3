using Emulators.Hosting;

namespace Salesforce.Emulator;

/// <summary>Builds the emulator app; shared by the standalone Program and <see cref="SalesforceEmulator"/>.</summary>
internal static class SalesforceApplication
{
    /// <summary>Kestrel's default request-line limit; raised when <c>settings.maxRequestUriLength</c> needs more (long IN lists).</summary>
    private const int KestrelDefaultRequestLine = 8_192;

    public static WebApplication Build(WebApplicationBuilder builder, SalesforceState state)
    {
        builder.Services.AddSingleton(state);
        builder.Services.AddRouting();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Limits.MaxRequestLineSize = Math.Max(KestrelDefaultRequestLine, state.Settings.MaxRequestUriLength + 1_024));
        var app = builder.Build();

        app.UseEmulatorPipeline(new EmulatorPipelineOptions
        {
            Recorder = state.Recorder,
            Faults = state.Faults.Requests,
            Time = state.Time,
            Errors = new SalesforceErrorWriter(),
            LogCategory = "Salesforce.Emulator",
            OnRequestArrived = context =>
            {
                if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
                {
                    state.Sessions.CountTokenRequest();
                }

                LimitInfoHeader.Register(context, state);
            },
        });
        app.UseRouting();
        app.Use(UnmatchedRoutes.InvokeAsync);
        app.Use((context, next) => RestGate.InvokeAsync(context, next, state));

        // Typed as Delegate so the returned IResult is executed (a Func<HttpContext, Task> would bind as a RequestDelegate).
        Delegate token = (HttpContext context) => TokenEndpoint.HandleAsync(context, state);
        app.MapPost(TokenEndpoint.Path, token);
        VersionEndpoints.Map(app, state);
        DescribeEndpoints.Map(app, state);
        SingleRecordEndpoints.Map(app, state);
        CollectionsEndpoints.Map(app, state);
        QueryEndpoints.Map(app, state);
        SalesforceAdminEndpoints.Map(app, state);
        return app;
    }
}
