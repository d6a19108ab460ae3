namespace CampaignBridge.Functions.Diagnostics;

/// <summary>A check's own finding (not a client failure), with its code and hint.</summary>
internal sealed class DiagnosticFailure(string code, string message, string hint) : Exception(message)
{
    public string Code { get; } = code;

    public string Hint { get; } = hint;
}
