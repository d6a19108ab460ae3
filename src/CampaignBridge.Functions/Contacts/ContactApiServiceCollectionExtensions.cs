using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.Contacts;

/// <summary>Registers the contact functions and their validator and metadata cache.</summary>
public static class ContactApiServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ContactUpsertRequestValidator"/>, <see cref="ContactListMetadataCache"/> and the functions.</summary>
    public static IServiceCollection AddContactApi(this IServiceCollection services)
    {
        services.TryAddSingleton<ContactUpsertRequestValidator>();
        services.TryAddSingleton<ContactListMetadataCache>();
        services.TryAddTransient<UpsertContacts>();
        services.TryAddTransient<RemoveContacts>();
        return services;
    }
}
