namespace Emulators.Hosting;

/// <summary>Lines a child process wrote, with a wait for a given text. Thread-safe.</summary>
internal sealed class ProcessOutput
{
    private readonly Lock gate = new();
    private readonly List<string> lines = [];
    private TaskCompletionSource lineAdded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Text
    {
        get
        {
            lock (gate)
            {
                return string.Join('\n', lines);
            }
        }
    }

    public void Add(string line)
    {
        TaskCompletionSource added;
        lock (gate)
        {
            lines.Add(line);
            added = lineAdded;
            lineAdded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        added.TrySetResult();
    }

    public async Task WaitForAsync(string text, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                {
                    return;
                }

                next = lineAdded.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException($"'{text}' did not appear in the process output within {timeout}.");
            }
        }
    }
}
