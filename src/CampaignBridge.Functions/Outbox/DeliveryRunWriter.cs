namespace CampaignBridge.Functions.Outbox;

/// <summary>
/// Writes the merged items of a run in request-sized chunks while the tick's request budget and time last, and applies
/// the target's answer to every message of the run. See <see cref="DeliveryFlusher{TItem, TMessage}"/> for the rules.
/// </summary>
internal sealed class DeliveryRunWriter<TItem, TMessage>(DeliveryLane<TItem, TMessage> lane, IDeliveryTarget<TItem, TMessage> target, TimeProvider timeProvider)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    /// <summary>
    /// Merges the messages' items (per key the winning value) and writes them. Afterwards every message holds only its
    /// items that are not done yet. Returns the failure that stopped the write, or null.
    /// </summary>
    /// <remarks>
    /// <paramref name="accepted"/> holds, per key, the value with a modification time that the target holds from earlier in
    /// the tick. The merge starts from it, as if it were the first value written, so when it still wins the key is not sent
    /// and counts as delivered. The values accepted now replace it. (A value without a time loses to any later write, so it
    /// needs no entry; accepting one removes the key's entry.)
    /// </remarks>
    public async Task<Exception?> WriteAsync(
        TMessage batch,
        IReadOnlyList<ReceivedDeliveryMessage<TItem, TMessage>> messages,
        Dictionary<string, TItem> accepted,
        DeliveryTally tally,
        long started,
        CancellationToken cancellationToken)
    {
        // Messages come in enqueue order, after what the target accepted earlier in the tick: a value replaces the one
        // before it unless that one is the newer record, so each key is sent once, with its winning value, in exactly one chunk.
        var merged = new Dictionary<string, TItem>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            foreach (var item in message.Items)
            {
                var key = target.KeyOf(item);
                if (!merged.TryGetValue(key, out var current) && !accepted.TryGetValue(key, out current))
                {
                    merged[key] = item;
                    continue;
                }

                merged[key] = Supersedes(item, current!) ? item : current!;
            }
        }

        // A key whose winner is the value the target already holds needs no request: it is delivered.
        var delivered = new HashSet<string>(StringComparer.Ordinal);
        if (accepted.Count > 0)
        {
            foreach (var (key, winner) in merged)
            {
                if (accepted.TryGetValue(key, out var held) && ReferenceEquals(winner, held))
                {
                    delivered.Add(key);
                }
            }

            foreach (var key in delivered)
            {
                merged.Remove(key);
            }
        }

        Exception? failure = null;
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var retries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in target.Chunk(merged.Values))
        {
            if (!HasRoomForAnotherRequest(tally, started))
            {
                break;
            }

            tally.Requests++;
            IReadOnlyList<ItemOutcome> outcomes;
            try
            {
                outcomes = await target.WriteAsync(batch, chunk, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception writeFailure) when (target.IsTargetFailure(writeFailure))
            {
                failure = writeFailure;
                break;
            }

            for (var index = 0; index < chunk.Count; index++)
            {
                var item = chunk[index];
                var key = target.KeyOf(item);
                var outcome = index < outcomes.Count ? outcomes[index] : ItemOutcome.Retry($"{target.Name} gave no answer for this item.");
                switch (outcome.Kind)
                {
                    case ItemOutcomeKind.Delivered:
                        tally.ItemsDelivered++;
                        delivered.Add(key);
                        if (target.ModifiedAtOf(item) is null)
                        {
                            accepted.Remove(key);
                        }
                        else
                        {
                            accepted[key] = item;
                        }

                        break;
                    case ItemOutcomeKind.Rejected:
                        refused[key] = outcome.Reason ?? $"{target.Name} refused the item.";
                        break;
                    default:
                        retries[key] = outcome.Reason ?? $"{target.Name} asked to retry the item.";
                        break;
                }
            }
        }

        foreach (var message in messages)
        {
            message.RemoveDone(delivered, refused, target.KeyOf);
            var retry = message.Items.Select(target.KeyOf).FirstOrDefault(retries.ContainsKey);
            if (retry is not null)
            {
                var count = message.Items.Count(item => retries.ContainsKey(target.KeyOf(item)));
                message.RetryReason = count == 1 ? $"{retry}: {retries[retry]}" : $"{count} items, e.g. {retry}: {retries[retry]}";
            }
        }

        return failure;
    }

    /// <summary>Whether a write of <paramref name="later"/> after <paramref name="earlier"/> (same key) replaces it.</summary>
    public bool Supersedes(TItem later, TItem earlier)
        => DeliveryOrder.Supersedes(target.ModifiedAtOf(later), target.ModifiedAtOf(earlier));

    /// <summary>
    /// Within the tick's request budget, and early enough that the messages are finished before their visibility timeout
    /// hands them to another reader.
    /// </summary>
    private bool HasRoomForAnotherRequest(DeliveryTally tally, long started)
        => tally.Requests < lane.Bounds.MaxRequestsPerTick && timeProvider.GetElapsedTime(started) <= lane.Bounds.VisibilityTimeout / 2;
}
