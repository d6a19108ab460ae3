using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Tests.Infrastructure;

/// <summary>
/// A logger provider that keeps every line the app logs (message, exception and all scope values), so a test can
/// assert that no secret, token or Authorization header was ever written.
/// </summary>
public sealed class LogCollector : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>Everything logged so far, one entry per log call (scopes and exception text included).</summary>
    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CollectingLogger(this, categoryName);

    /// <inheritdoc />
    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Lines containing any of <paramref name="needles"/> (ordinal, case-insensitive).</summary>
    public IReadOnlyList<string> LinesContaining(IEnumerable<string> needles)
    {
        var list = needles.Where(n => !string.IsNullOrEmpty(n)).ToList();
        return Lines.Where(line => list.Exists(n => line.Contains(n, StringComparison.OrdinalIgnoreCase))).ToList();
    }

    private sealed class CollectingLogger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder();
            line.Append(logLevel).Append(' ').Append(category).Append(": ").Append(formatter(state, exception));
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                foreach (var (key, value) in values)
                {
                    line.Append(" | ").Append(key).Append('=').Append(value);
                }
            }

            owner._scopes.ForEachScope(
                (scope, builder) =>
                {
                    builder.Append(" | scope: ").Append(scope);
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            builder.Append(' ').Append(key).Append('=').Append(value);
                        }
                    }
                },
                line);
            if (exception is not null)
            {
                line.Append(" | exception: ").Append(exception);
            }

            owner._lines.Enqueue(line.ToString());
        }
    }
}
