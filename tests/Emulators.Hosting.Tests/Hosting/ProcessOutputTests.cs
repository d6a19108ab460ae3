namespace Emulators.Hosting.Tests.Hosting;

/// <summary>Waiting for a line of a child process's output, bounded in time; with a line limit only the latest lines are kept.</summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public async Task A_wait_ends_when_a_line_with_the_text_arrives()
    {
        var output = new ProcessOutput();
        var wait = output.WaitForAsync("ready", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        output.Add("starting");
        wait.IsCompleted.ShouldBeFalse();
        output.Add("now ready");

        await wait;
        output.Text.ShouldBe("starting\nnow ready");
    }

    [Fact]
    public async Task A_wait_for_text_that_never_comes_times_out()
    {
        var output = new ProcessOutput();
        output.Add("something else");

        await Should.ThrowAsync<TimeoutException>(() => output.WaitForAsync("ready", TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void With_a_line_limit_only_the_latest_lines_are_kept()
    {
        var output = new ProcessOutput(lineLimit: 2);

        output.Add("one");
        output.Add("two");
        output.Add("three");

        output.Text.ShouldBe("two\nthree");
    }

    [Fact]
    public void Without_a_line_limit_every_line_is_kept()
    {
        var output = new ProcessOutput();

        foreach (var i in Enumerable.Range(0, 1000))
        {
            output.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        output.Text.Split('\n').Length.ShouldBe(1000);
    }
}
