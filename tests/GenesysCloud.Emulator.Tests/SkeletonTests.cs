namespace GenesysCloud.Emulator.Tests;

public sealed class SkeletonTests
{
    [Fact]
    public void The_emulator_assembly_is_loaded()
        => typeof(Program).Assembly.GetName().Name.ShouldBe("GenesysCloud.Emulator");
}
