namespace GenesysCloud.Emulator.Tests.Support;

/// <summary>Fixed entity ids of the default seed (common.md).</summary>
internal static class SeedIds
{
    public const string ContactList = "7c2e4b1a-3d5f-4e6a-8b9c-000000000001";
    public const string SpringRenewals = "5d1f7c0a-8b1e-4c1a-9f00-000000000001";
    public const string WinbackQ4 = "5d1f7c0a-8b1e-4c1a-9f00-000000000002";
    public const string CustomerSurvey = "5d1f7c0a-8b1e-4c1a-9f00-000000000003";
    public const string InternalDnc = "d0c1a2b3-0000-4000-8000-000000000001";
    public const string DncComRegistry = "d0c1a2b3-0000-4000-8000-000000000002";
    public const string UnknownGuid = "00000000-dead-4bef-8000-000000000000";
    public const string SaleWrapUp = "a1c0de00-0000-4000-8000-000000000001";
    public const string NotInterestedWrapUp = "a1c0de00-0000-4000-8000-000000000002";
    public const string DoNotCallWrapUp = "a1c0de00-0000-4000-8000-000000000003";
    public const string CallbackWrapUp = "a1c0de00-0000-4000-8000-000000000004";
    public const string AgentAvery = "a9e47000-0000-4000-8000-000000000001";
}
