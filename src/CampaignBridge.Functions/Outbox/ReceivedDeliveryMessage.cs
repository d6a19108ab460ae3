namespace CampaignBridge.Functions.Outbox;

/// <summary>A message taken from the queue for this tick, with its items loaded (from the blob if needed).</summary>
internal sealed class ReceivedDeliveryMessage<TItem, TMessage>(string messageId, string popReceipt, long dequeueCount, TMessage body, IReadOnlyList<TItem> items)
    where TMessage : class, IDeliveryMessage<TItem, TMessage>
{
    private readonly List<(TItem Item, string Reason)> _refused = [];

    public string MessageId { get; } = messageId;

    /// <summary>Changes when the message is updated; the latest one is needed to delete it.</summary>
    public string PopReceipt { get; set; } = popReceipt;

    public long DequeueCount { get; } = dequeueCount;

    /// <summary>The body as received; <see cref="WithRefusalsCounted"/> adds this tick's refusals.</summary>
    public TMessage Body { get; private set; } = body;

    /// <summary>The items still to deliver: what was received, less what the target accepted or refused this tick.</summary>
    public IReadOnlyList<TItem> Items { get; private set; } = items;

    /// <summary>Some items are done this tick: a put-back message must carry only <see cref="Items"/>.</summary>
    public bool PartlyDone { get; private set; }

    /// <summary>Every item of the message is delivered or refused: it can be completed.</summary>
    public bool FullyDone => Items.Count == 0;

    /// <summary>Items the target refused for good this tick, with its reasons; they go to the poison queue.</summary>
    public IReadOnlyList<(TItem Item, string Reason)> Refused => _refused;

    /// <summary>Why items of this message are to be retried (a per-item retry answer), if any were.</summary>
    public string? RetryReason { get; set; }

    /// <summary>
    /// Drops the items whose key is in <paramref name="done"/>: keys whose winning value the target accepted, or refused
    /// for good (<paramref name="refusals"/>), this tick. See <see cref="DeliveryFlusher{TItem, TMessage}"/> for why that is the rule.
    /// </summary>
    public void RemoveDone(IReadOnlySet<string> done, IReadOnlyDictionary<string, string> refusals, Func<TItem, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(refusals);
        if ((done.Count == 0 && refusals.Count == 0) || Items.Count == 0)
        {
            return;
        }

        var remaining = new List<TItem>(Items.Count);
        foreach (var item in Items)
        {
            var key = keyOf(item);
            if (refusals.TryGetValue(key, out var reason))
            {
                _refused.Add((item, reason));
            }
            else if (!done.Contains(key))
            {
                remaining.Add(item);
            }
        }

        if (remaining.Count != Items.Count)
        {
            Items = remaining;
            PartlyDone = true;
        }
    }

    /// <summary>After the refusals went to the poison queue: the body counts them, and the list is empty again.</summary>
    public void WithRefusalsCounted()
    {
        if (_refused.Count > 0)
        {
            Body = Body.WithMoreRefused(_refused.Count);
            _refused.Clear();
        }
    }
}
