using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignBridge.Functions.Hosting;

/// <summary>
/// The ASP.NET Core integration brings Data Protection, whose start-up service creates a key ring and, by default,
/// writes it unencrypted to the user profile (<c>~/.aspnet/DataProtection-Keys</c>) with a "No XML encryptor
/// configured" warning on every fresh instance. CampaignBridge protects nothing with it: no cookies, no antiforgery
/// tokens, no sessions, nothing that must be read by another instance or after a restart. So the key ring is kept in
/// memory per process, with the null encryptor stated explicitly: nothing is written, nothing warns.
/// </summary>
public static class DataProtectionServiceCollectionExtensions
{
    /// <summary>Configures an in-memory, per-process Data Protection key ring.</summary>
    public static IServiceCollection AddInMemoryDataProtectionKeys(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new InMemoryXmlRepository();
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        return services;
    }
}
