namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Where a delivery lane writes, and how it answers: the direction-specific half of the outbox engine. The engine owns
/// receiving, merging, bounds, settling, pausing and poisoning; the target says what an item's key is, how items are cut
/// into requests, how a request is sent, and what a failure means.
/// </summary>
internal interface IDeliveryTarget<TItem, TMessage>
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    /// <summary>The system written to, for log lines ("Genesys Cloud", "Salesforce").</summary>
    string Name { get; }

    /// <summary>The item's identity within its group: later writes of one key replace earlier ones.</summary>
    string KeyOf(TItem item);

    /// <summary>When the source last modified the item, or null. Two timed writes of one key: the newer wins.</summary>
    DateTimeOffset? ModifiedAtOf(TItem item);

    /// <summary>Cuts items (in order) into request-sized chunks.</summary>
    IEnumerable<IReadOnlyList<TItem>> Chunk(IEnumerable<TItem> items);

    /// <summary>
    /// Writes one chunk, written like <paramref name="batch"/>, to its <see cref="IDeliveryMessage{TItem, TMessage}.Group"/>.
    /// Answers one outcome per item (in order), or throws when the whole request failed.
    /// </summary>
    Task<IReadOnlyList<ItemOutcome>> WriteAsync(TMessage batch, IReadOnlyList<TItem> chunk, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="exception"/> is a failure of the target (anything else is a bug or storage failure).</summary>
    bool IsTargetFailure(Exception exception);

    /// <summary>What the engine should do about a target failure.</summary>
    DeliveryFailure Classify(Exception exception);
}
