namespace CampaignBridge.Genesys;

/// <summary>An agent wrap-up code (<c>WrapupCode</c>): analytics reports its id, people know its name.</summary>
/// <param name="Id">The code's id.</param>
/// <param name="Name">Its name ("Sale", "Not interested", "Do not call").</param>
public sealed record WrapUpCode(string Id, string Name);
