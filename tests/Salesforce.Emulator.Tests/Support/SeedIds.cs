namespace Salesforce.Emulator.Tests.Support;

/// <summary>Fixed ids and credentials of the default seed (seed.default.json), as the tests use them.</summary>
internal static class SeedIds
{
    public const string Organization = "00D5g000004XyZ1EAK";
    public const string IntegrationUser = "0055g00000IntgUAAR";
    public const string RestrictedUser = "0055g00000RstrUAAR";
    public const string AgentUser = "0055g00000AgntAAAR";
    public const string InactiveUser = "0055g00000InacUAAR";

    public const string Ada = "00Q5g00000AbCdEEAV";
    public const string Grace = "00Q5g00000AbCdFEAV";
    public const string Alan = "00Q5g00000AbCdGEAV";
    public const string ConvertedLead = "00Q5g00000AbCdHEAV";
    public const string DeletedLead = "00Q5g00000AbCdJEAV";
    public const string DoNotCallLead = "00Q5g00000AbCdKEAV";

    public const string Edsger = "0035g00000XyZaAAAV";
    public const string ConvertedContact = "0035g00000XyZaBAAV";
    public const string Barbara = "0035g00000XyZaCAAV";
    public const string DeletedContact = "0035g00000XyZaDAAV";
    public const string EdsgerAccount = "0015g00000AcMeAAAV";

    public const string WinterRenewals = "7015g00000CmPgAAAV";
    public const string SpringOutreach = "7015g00000CmPgBAAV";

    public const string AdaInWinter = "00v5g00000MbRsAAAV";
    public const string GraceInWinter = "00v5g00000MbRsBAAV";
    public const string AlanInWinter = "00v5g00000MbRsCAAV";
    public const string EdsgerInWinter = "00v5g00000MbRsDAAV";
    public const string BarbaraInWinter = "00v5g00000MbRsEAAV";
    public const string AdaInSpring = "00v5g00000MbRsFAAV";
    public const string MargaretInWinter = "00v5g00000MbRsGAAV";

    /// <summary>A well-formed Lead id that names no record.</summary>
    public const string UnknownLead = "00Q5g00000ZzZzZ";

    public const string ConversationField = "Genesys_Conversation_Id__c";
}
