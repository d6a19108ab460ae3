using Azure.Data.Tables;
using CampaignBridge.Functions.Outbox;
using Microsoft.Extensions.Options;

namespace CampaignBridge.Functions.CallResults;

/// <summary>The way back's storage: its delivery lane plus the conversation ids already queued.</summary>
internal sealed class CallResultStorage : DeliveryStorage
{
    public CallResultStorage(StorageAccountClients clients, IOptions<CallResultsOptions> options)
        : base(clients, options.Value.StorageNames())
        => Conversations = clients.Tables.GetTableClient(options.Value.ConversationsTableName);

    /// <summary>Conversation ids already queued (partition: the UTC day the conversation started).</summary>
    public TableClient Conversations { get; }

    protected override IEnumerable<Task> CreateMoreAsync(CancellationToken cancellationToken) => [Conversations.CreateIfNotExistsAsync(cancellationToken)];
}
