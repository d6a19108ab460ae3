using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.OutboundMessages;
using CampaignBridge.Functions.Outbox;
using CampaignBridge.Salesforce;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.ContactSync;

/// <summary>Registers the durable contact outbox, the Outbound Message receiver and the timer functions' services.</summary>
public static class ContactOutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the outbox (queue <c>contact-sync</c>, poison queue, operations and state tables, payload container in
    /// the <c>AzureWebJobsStorage</c> account), its flusher, <c>GetOperation</c>, and the Outbound Message receiver.
    /// Storage clients are created on first use, so a missing storage setting fails the first outbox call with a
    /// message naming the setting, not the app's start.
    /// </summary>
    public static IServiceCollection AddContactOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<ContactOutboxOptions>().Bind(configuration.GetSection(ContactOutboxOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContactOutboxOptions>, ContactOutboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageAccountClients.FromConfiguration(configuration));
        services.AddDeliveryLane<QueuedContact, ContactSyncMessage, ContactSyncStorage>(
            ContactOutboxOptions.DefaultQueueName, sp => sp.GetRequiredService<IOptions<ContactOutboxOptions>>().Value.Bounds(), ContactSyncJsonContext.Lane);
        services.TryAddSingleton<IContactOutbox, ContactOutbox>();
        services.TryAddSingleton<ContactDeliveryTarget>();
        services.TryAddSingleton<ContactOutboxFlusher>();
        services.TryAddSingleton<DiagnosticsResultStore>();
        services.TryAddSingleton<IDiagnosticsReportStore>(sp => sp.GetRequiredService<DiagnosticsResultStore>());
        services.TryAddSingleton(sp => new ContactUpsertQueue(sp.GetRequiredService<IContactOutbox>));

        // Outbound Messages. AllowedOrganizations and PhoneNumberNormalizer are normally registered (validated)
        // by the configuration area; these fallbacks keep the outbox usable on its own.
        services.TryAddSingleton(_ => AllowedOrganizations.Parse(configuration[AllowedOrganizations.SettingName]));
        services.TryAddSingleton(_ => new PhoneNumberNormalizer(PhoneRegion.FromSetting(configuration[PhoneRegion.SettingName])));
        services.TryAddSingleton(sp => new OutboundMessageMappings(configuration, sp.GetRequiredService<PhoneNumberNormalizer>()));
        services.TryAddSingleton<OutboundNotificationLedger>();
        services.TryAddSingleton<OutboundNotificationHousekeeping>();
        services.TryAddSingleton<OutboundMessageReceiver>();
        return services;
    }
}
