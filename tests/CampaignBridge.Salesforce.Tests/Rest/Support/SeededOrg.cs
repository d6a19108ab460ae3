using CampaignBridge.OAuth;

namespace CampaignBridge.Salesforce.Tests.Rest.Support;

/// <summary>Ids and External Client Apps of the emulator's default seed (tests/Salesforce.Emulator/seed.default.json).</summary>
internal static class SeededOrg
{
    public const string OrganizationId = "00D5g000004XyZ1EAK";
    public const string IntegrationUser = "0055g00000IntgUAAR";

    public static readonly ClientCredentials CampaignBridge = new("3MVG9emu.CampaignBridge.Local", "campaignbridge-local-secret");
    public static readonly ClientCredentials NoRunAsUser = new("3MVG9emu.NoRunAsUser", "no-run-as-user-secret");
    public static readonly ClientCredentials FlowDisabled = new("3MVG9emu.FlowDisabled", "flow-disabled-secret");
    public static readonly ClientCredentials RestrictedFields = new("3MVG9emu.RestrictedFields", "restricted-fields-secret");
    public static readonly ClientCredentials ShortSession = new("3MVG9emu.ShortSession", "short-session-secret");

    public static IEnumerable<string> AllSecrets => [CampaignBridge.ClientSecret, NoRunAsUser.ClientSecret, FlowDisabled.ClientSecret,
        RestrictedFields.ClientSecret, ShortSession.ClientSecret];

    public const string Ada = "00Q5g00000AbCdEEAV";
    public const string Grace = "00Q5g00000AbCdFEAV";
    public const string Alan = "00Q5g00000AbCdGEAV";
    public const string ConvertedLead = "00Q5g00000AbCdHEAV";
    public const string Edsger = "0035g00000XyZaAAAV";
    public const string Barbara = "0035g00000XyZaCAAV";

    /// <summary>A well-formed Lead id that names no record.</summary>
    public const string UnknownLead = "00Q5g00000ZzZzZ";

    public const string WinterRenewals = "7015g00000CmPgAAAV";
    public const string AdaInWinter = "00v5g00000MbRsAAAV";
    public const string EdsgerInWinter = "00v5g00000MbRsDAAV";

    public const string ConversationField = "Genesys_Conversation_Id__c";
}
