namespace Emulators.Hosting.Tests.Faults;

/// <summary>A fault rule is checked when it is added: inconsistent rules are refused with the reason.</summary>
public sealed class FaultRuleTests
{
    public static TheoryData<FaultRule, string> InvalidRules => new()
    {
        { new FaultRule { Status = 503, Share = 1.5 }, "share" },
        { new FaultRule { Status = 503, Share = double.NaN }, "share" },
        { new FaultRule { Status = 99 }, "status" },
        { new FaultRule { Status = 600 }, "status" },
        { new FaultRule { Status = 503, Count = -1 }, "must not be negative" },
        { new FaultRule { Status = 503, DurationSeconds = -1 }, "must not be negative" },
        { new FaultRule { LatencyMs = -5 }, "must not be negative" },
        { new FaultRule { PathPrefix = "/x" }, "needs status, dropConnection or latencyMs" },
        { new FaultRule { Status = 500, PathPattern = "([" }, "pathPattern" },
    };

    [Theory]
    [MemberData(nameof(InvalidRules))]
    public void An_inconsistent_rule_is_refused(FaultRule rule, string reason)
    {
        var faults = new EmulatorFaults(1, TimeProvider.System);

        Should.Throw<ArgumentException>(() => faults.Add(rule)).Message.ShouldContain(reason);
        faults.Rules.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "/a/b", "GET", true)]
    [InlineData("/a", "/a/b", "GET", true)]
    [InlineData("/A", "/a/b", "GET", true)]
    [InlineData("/c", "/a/b", "GET", false)]
    public void A_prefix_matches_paths_case_insensitively(string? prefix, string path, string method, bool matches)
    {
        new FaultRule { PathPrefix = prefix, Status = 500 }.Validated().Matches(method, path).ShouldBe(matches);
    }

    [Fact]
    public void A_method_and_a_pattern_narrow_the_match()
    {
        var rule = new FaultRule { Method = "patch", PathPattern = "/records/[0-9]+$", Status = 500 }.Validated();

        rule.Matches("PATCH", "/records/42").ShouldBeTrue();
        rule.Matches("GET", "/records/42").ShouldBeFalse();
        rule.Matches("PATCH", "/records/abc").ShouldBeFalse();
    }
}
