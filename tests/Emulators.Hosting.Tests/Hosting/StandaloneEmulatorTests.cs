using Microsoft.Extensions.Configuration;

namespace Emulators.Hosting.Tests.Hosting;

/// <summary>The standalone entry helpers: where the seed comes from and the loopback default URL.</summary>
public sealed class StandaloneEmulatorTests
{
    [Fact]
    public void Without_seed_the_default_file_next_to_the_binary_is_used()
    {
        var configuration = new ConfigurationBuilder().Build();

        StandaloneEmulator.SeedPath(configuration, "seed.default.json").ShouldBe(Path.Combine(AppContext.BaseDirectory, "seed.default.json"));
    }

    [Fact]
    public void A_seed_option_is_resolved_against_the_working_directory()
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(["--seed", "custom/seed.json"]).Build();

        StandaloneEmulator.SeedPath(configuration, "seed.default.json").ShouldBe(Path.GetFullPath("custom/seed.json"));
    }

    [Fact]
    public void The_builder_listens_on_the_default_url_unless_urls_is_given()
    {
        var defaulted = StandaloneEmulator.CreateBuilder([], "http://127.0.0.1:5999");
        var given = StandaloneEmulator.CreateBuilder(["--urls", "http://127.0.0.1:6001"], "http://127.0.0.1:5999");

        defaulted.WebHost.GetSetting("urls").ShouldBe("http://127.0.0.1:5999");
        given.Configuration["urls"].ShouldBe("http://127.0.0.1:6001");
    }
}
