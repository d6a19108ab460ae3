using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Registers one direction's delivery lane the same way for every direction.</summary>
internal static class DeliveryLaneServiceCollectionExtensions
{
    /// <summary>
    /// Adds the lane named <paramref name="name"/> over <typeparamref name="TStorage"/> with the bounds the direction's
    /// options give, its operation store (added, not tried: <c>GetOperation</c> reads every lane's) and its outbox.
    /// </summary>
    public static IServiceCollection AddDeliveryLane<TItem, TMessage, TStorage>(
        this IServiceCollection services, string name, Func<IServiceProvider, DeliveryBounds> bounds, DeliveryJson<TItem, TMessage> json)
        where TMessage : class, IDeliveryMessage<TItem, TMessage>
        where TStorage : DeliveryStorage
    {
        services.TryAddSingleton<TStorage>();
        services.TryAddSingleton(sp => new DeliveryLane<TItem, TMessage>(name, sp.GetRequiredService<TStorage>(), bounds(sp), json));
        services.AddSingleton(sp => sp.GetRequiredService<DeliveryLane<TItem, TMessage>>().Operations);
        services.TryAddSingleton<DeliveryOutbox<TItem, TMessage>>();
        return services;
    }
}
