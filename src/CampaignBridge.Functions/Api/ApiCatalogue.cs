using CampaignBridge.Functions.Campaigns;
using CampaignBridge.Functions.ContactSync;
using CampaignBridge.Functions.Contacts;
using CampaignBridge.Functions.Diagnostics;
using CampaignBridge.Functions.DoNotCall;
using CampaignBridge.Functions.Outbox;

namespace CampaignBridge.Functions.Api;

/// <summary>
/// The operations published in the OpenAPI document, built from the same <see cref="ApiRoutes"/> constants as the
/// <c>[HttpTrigger]</c> attributes. Other areas add their own operations by registering more <see cref="ApiOperation"/>
/// singletons (see <c>OpenApiServiceCollectionExtensions.AddApiOperation</c>).
/// </summary>
public static class ApiCatalogue
{
    /// <summary>The operations of the synchronous HTTP API.</summary>
    public static IReadOnlyList<ApiOperation> Operations { get; } =
    [
        new("ListCampaigns", "get", ApiRoutes.Campaigns, "listCampaigns",
            "List outbound campaigns, one page at a time.", null, typeof(CampaignPage),
            [
                new("name", typeof(string), "Only campaigns whose name contains this text."),
                new("pageSize", typeof(int), "Campaigns per page, 1-100 (default 25)."),
                new("pageNumber", typeof(int), "1-based page number (default 1)."),
            ]),
        new("GetCampaign", "get", ApiRoutes.Campaign, "getCampaign",
            "Get one campaign's status, dialing mode and contact list.", null, typeof(CampaignSummary), []),
        new("StartCampaign", "post", ApiRoutes.StartCampaign, "startCampaign",
            "Turn a campaign on. Idempotent: a campaign that is already on is returned unchanged.", null, typeof(CampaignSummary), []),
        new("StopCampaign", "post", ApiRoutes.StopCampaign, "stopCampaign",
            "Turn a campaign off. Idempotent: a campaign that is already off or stopping is returned unchanged.", null, typeof(CampaignSummary), []),
        new("GetCampaignProgress", "get", ApiRoutes.CampaignProgress, "getCampaignProgress",
            "Get a campaign's progress and live statistics.", null, typeof(CampaignProgressReport), []),
        new("UpsertContacts", "post", ApiRoutes.Contacts, "upsertContacts",
            "Add or update Salesforce records as contacts of a contact list (id = Salesforce record id). Invalid records are reported per field; valid ones are written.",
            typeof(UpsertContactsRequest), typeof(UpsertContactsResult),
            [new("mode", typeof(string), "'async' queues the write and answers 202 with an operationId; 'sync' always writes now. Default: write now up to 1000 valid records, queue larger batches.")])
        {
            QueuedResponseBody = typeof(QueuedContactUpsertResult),
        },
        new("RemoveContacts", "post", ApiRoutes.RemoveContacts, "removeContacts",
            "Remove contacts from a contact list by Salesforce record id.", typeof(RemoveContactsRequest), typeof(RemoveContactsResult), []),
        new("AddDncNumbers", "post", ApiRoutes.DncPhoneNumbers, "addDncNumbers",
            "Add phone numbers to an internal do-not-call list (all or nothing).", typeof(AddDncNumbersRequest), typeof(AddDncNumbersResult), []),
        new("GetOperation", "get", ApiRoutes.Operation, "getOperation",
            "Get the state of queued work (the operationId of a 202 answer): queued, delivering, delivered, partiallyFailed or failed, with counts and reasons.",
            null, typeof(DeliveryOperation), []),
        new("GetDiagnostics", "get", ApiRoutes.Diagnostics, "getDiagnostics",
            "Check the connection to Key Vault and Genesys Cloud and explain each failure.", null, typeof(DiagnosticsReport), []),
    ];
}
