using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.Outbox.Support;

/// <summary>A logger provider that keeps every formatted line, to assert on what the app logged.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogLine> _lines = new();

    public IReadOnlyList<CapturedLogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => lines.Enqueue(new CapturedLogLine(category, logLevel, formatter(state, exception), exception));
    }
}
