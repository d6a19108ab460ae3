namespace CampaignBridge.Functions.Api;

/// <summary>
/// Route templates of every HTTP function (under the host's <c>api</c> prefix). The <c>[HttpTrigger]</c> attributes and
/// <see cref="ApiCatalogue"/> both use these constants, and a test pins them against the generated functions.metadata.
/// </summary>
public static class ApiRoutes
{
    /// <summary>The host's route prefix (host.json <c>extensions.http.routePrefix</c> default).</summary>
    public const string Prefix = "api";

    /// <summary>GET: ListCampaigns.</summary>
    public const string Campaigns = "campaigns";

    /// <summary>GET: GetCampaign.</summary>
    public const string Campaign = "campaigns/{campaignId}";

    /// <summary>POST: StartCampaign.</summary>
    public const string StartCampaign = "campaigns/{campaignId}/start";

    /// <summary>POST: StopCampaign.</summary>
    public const string StopCampaign = "campaigns/{campaignId}/stop";

    /// <summary>GET: GetCampaignProgress.</summary>
    public const string CampaignProgress = "campaigns/{campaignId}/progress";

    /// <summary>POST: UpsertContacts.</summary>
    public const string Contacts = "contactlists/{contactListId}/contacts";

    /// <summary>POST: RemoveContacts.</summary>
    public const string RemoveContacts = "contactlists/{contactListId}/contacts/remove";

    /// <summary>POST: AddDncNumbers.</summary>
    public const string DncPhoneNumbers = "dnclists/{dncListId}/phonenumbers";

    /// <summary>GET: GetOperation (queued work; outbox area).</summary>
    public const string Operation = "operations/{operationId}";

    /// <summary>POST: ReceiveOutboundMessage (Salesforce Outbound Message SOAP; outbox area).</summary>
    public const string OutboundMessage = "salesforce/outbound/{mapping}";

    /// <summary>GET: GetDiagnostics.</summary>
    public const string Diagnostics = "diagnostics";

    /// <summary>GET: GetOpenApiDocument.</summary>
    public const string OpenApiDocument = "openapi.json";

    /// <summary>GET: GetHealth.</summary>
    public const string Health = "health";
}
