using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Emulators.Hosting.Tests.Pipeline;

/// <summary>A minimal emulator built on the shared plumbing: <c>GET /hello</c>, <c>POST /echo</c>, <c>GET /boom</c> (throws) and the common admin endpoints.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    public const string ErrorHeader = "X-Test-Error";

    private TestEmulator(LoopbackEmulatorHost host, RequestRecorder recorder, EmulatorFaults faults)
    {
        Host = host;
        Recorder = recorder;
        Faults = faults;
        Http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
    }

    public LoopbackEmulatorHost Host { get; }

    public RequestRecorder Recorder { get; }

    public EmulatorFaults Faults { get; }

    public HttpClient Http { get; }

    public int Arrivals { get; private set; }

    public int Resets { get; private set; }

    public static async Task<TestEmulator> StartAsync(TimeProvider? time = null)
    {
        var clock = time ?? TimeProvider.System;
        var recorder = new RequestRecorder(new RequestRedaction(["Authorization"], ["secret"], redactWhenRecorded: false));
        var faults = new EmulatorFaults(3, clock);
        TestEmulator? emulator = null;
        var host = await LoopbackEmulatorHost.StartAsync("Emulators.Hosting.Tests", builder =>
        {
            builder.Services.AddRouting();
            var app = builder.Build();
            app.UseEmulatorPipeline(new EmulatorPipelineOptions
            {
                Recorder = recorder,
                Faults = faults,
                Time = clock,
                Errors = new HeaderErrorWriter(),
                OnRequestArrived = _ => emulator!.Arrivals++,
            });
            app.UseRouting();
            app.MapGet("/hello", () => "hi");
            app.MapPost("/echo", (HttpContext c) => Results.Text(RequestBody.Text(c)));
            app.MapGet("/boom", IResult () => throw new InvalidOperationException("emulator bug"));
            app.MapEmulatorAdmin(new EmulatorAdminOptions
            {
                Recorder = recorder,
                Faults = faults,
                Reset = () => emulator!.Resets++,
                Json = new JsonSerializerOptions(JsonSerializerDefaults.Web),
            });
            return app;
        }, TestContext.Current.CancellationToken);
        emulator = new TestEmulator(host, recorder, faults);
        return emulator;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    /// <summary>Answers faults with 4xx/5xx and a header naming what happened, so tests see the writer was used.</summary>
    private sealed class HeaderErrorWriter : IEmulatorErrorWriter
    {
        public Task WriteFaultAsync(HttpContext context, FaultRule rule, int status)
        {
            context.Response.StatusCode = status;
            context.Response.Headers[ErrorHeader] = "fault:" + (rule.Code ?? "none");
            return Task.CompletedTask;
        }

        public Task WriteUnhandledErrorAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            context.Response.Headers[ErrorHeader] = "unhandled";
            return Task.CompletedTask;
        }
    }
}
