using Microsoft.Extensions.Configuration;

namespace CampaignBridge.Functions.Configuration;

/// <summary>
/// The environment name as the Functions host sets it (<c>AZURE_FUNCTIONS_ENVIRONMENT</c>, then
/// <c>DOTNET_ENVIRONMENT</c>); read from configuration so it also works in a container built without a host.
/// Missing means Production, as in ASP.NET Core.
/// </summary>
public sealed class HostingEnvironmentName
{
    /// <summary>Creates the value from configuration.</summary>
    public HostingEnvironmentName(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Name = FirstNonEmpty(configuration["AZURE_FUNCTIONS_ENVIRONMENT"], configuration["DOTNET_ENVIRONMENT"], configuration["ASPNETCORE_ENVIRONMENT"]) ?? "Production";
    }

    /// <summary>The environment name, e.g. Development.</summary>
    public string Name { get; }

    /// <summary>True in the Development environment.</summary>
    public bool IsDevelopment => string.Equals(Name, "Development", StringComparison.OrdinalIgnoreCase);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
