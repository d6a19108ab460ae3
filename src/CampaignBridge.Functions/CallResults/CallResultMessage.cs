using System.Text.Json.Serialization;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.CallResults;

/// <summary>The body of one <c>call-results</c> queue message: a part of a read's attempts for one Salesforce org.</summary>
internal sealed record CallResultMessage : IDeliveryMessage<CallAttempt, CallResultMessage>
{
    public required string OperationId { get; init; }

    /// <summary>The Salesforce org the attempts are written to (its My Domain host).</summary>
    public required string Org { get; init; }

    public required int Part { get; init; }

    public required DateTimeOffset EnqueuedAt { get; init; }

    public required long Sequence { get; init; }

    public IReadOnlyList<CallAttempt> Attempts { get => field ?? []; init; }

    public required int AttemptCount { get; init; }

    public string? PayloadBlob { get; init; }

    public int Releases { get; init; }

    public string? LastFailure { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Refused { get; init; }

    string IDeliveryMessage<CallAttempt, CallResultMessage>.Group => Org;

    IReadOnlyList<CallAttempt> IDeliveryMessage<CallAttempt, CallResultMessage>.Items => Attempts;

    int IDeliveryMessage<CallAttempt, CallResultMessage>.ItemCount => AttemptCount;

    /// <summary>Attempts are all written alike.</summary>
    public bool WritesLike(CallResultMessage other) => true;

    public CallResultMessage WithItems(IReadOnlyList<CallAttempt> items) => this with { Attempts = items };

    public CallResultMessage Released(string? failure) => this with { Releases = Releases + 1, LastFailure = failure ?? LastFailure };

    public CallResultMessage WithMoreRefused(int count) => this with { Refused = Refused + count };

    public CallResultMessage ForPart(string operationId, int part, DateTimeOffset enqueuedAt, long sequence, IReadOnlyList<CallAttempt> items, int itemCount, string? payloadBlob)
        => this with
        {
            OperationId = operationId,
            Part = part,
            EnqueuedAt = enqueuedAt,
            Sequence = sequence,
            Attempts = items,
            AttemptCount = itemCount,
            PayloadBlob = payloadBlob,
            Releases = 0,
            LastFailure = null,
            Refused = 0,
        };

    public CallResultMessage WorstCaseEnvelope(int maxFailureLength) => this with
    {
        Attempts = [],
        AttemptCount = int.MaxValue,
        Part = int.MaxValue,
        Sequence = long.MaxValue,
        Releases = int.MaxValue,
        Refused = int.MaxValue,
        LastFailure = new string('x', maxFailureLength),
    };
}
