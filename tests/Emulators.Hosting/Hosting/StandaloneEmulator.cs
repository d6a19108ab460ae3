using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Emulators.Hosting;

/// <summary>
/// What every emulator's standalone <c>Program</c> does before building its app: a slim builder that listens on
/// a loopback default unless <c>--urls</c> is given, and the seed file from <c>--seed</c> or next to the binary.
/// </summary>
public static class StandaloneEmulator
{
    /// <summary>The command-line option naming the seed file (<c>--seed path.json</c>).</summary>
    public const string SeedOption = "seed";

    /// <summary>A slim web application builder; listens on <paramref name="defaultUrl"/> when <c>--urls</c> is absent.</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--seed</c>, any host option).</param>
    /// <param name="defaultUrl">e.g. <c>http://127.0.0.1:5090</c>; loopback so a developer run is never reachable from outside.</param>
    public static WebApplicationBuilder CreateBuilder(string[] args, string defaultUrl)
    {
        ArgumentException.ThrowIfNullOrEmpty(defaultUrl);
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(defaultUrl);
        }

        return builder;
    }

    /// <summary>The full path of the seed file: <c>--seed</c> (relative to the working directory) or <paramref name="defaultFileName"/> next to the binary.</summary>
    public static string SeedPath(IConfiguration configuration, string defaultFileName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[SeedOption] is { Length: > 0 } given
            ? Path.GetFullPath(given)
            : Path.Combine(AppContext.BaseDirectory, defaultFileName);
    }
}
