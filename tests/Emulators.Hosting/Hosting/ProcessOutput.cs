namespace Emulators.Hosting;

/// <summary>
/// Lines a child process wrote, with a wait for a given text. Thread-safe. With a line limit only the latest lines are
/// kept, so a long run (a benchmark's thousands of requests) holds bounded memory in the parent process.
/// </summary>
internal sealed class ProcessOutput(int? lineLimit = null)
{
    private readonly Lock gate = new();
    private readonly Queue<string> lines = new();
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
            lines.Enqueue(line);
            if (lines.Count > lineLimit)
            {
                lines.Dequeue();
            }

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
