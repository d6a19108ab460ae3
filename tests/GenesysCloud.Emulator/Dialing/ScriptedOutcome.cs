namespace GenesysCloud.Emulator;

/// <summary>An outcome named in <c>dialer.outcomesByNumber</c>: <c>busy</c>, <c>connected</c>, <c>connected:Sale</c>, ...</summary>
/// <param name="Outcome">The outcome class.</param>
/// <param name="WrapUpCodeId">For <c>connected:&lt;code&gt;</c>, the wrap-up code's id; null = drawn from the model.</param>
internal sealed record ScriptedOutcome(DialOutcome Outcome, string? WrapUpCodeId)
{
    private const string ConnectedPrefix = "connected:";

    public static bool TryParse(string text, IReadOnlyList<WrapUpCodeSeed> wrapUpCodes, out ScriptedOutcome? outcome)
    {
        outcome = null;
        if (text.StartsWith(ConnectedPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var code = text[ConnectedPrefix.Length..];
            var match = wrapUpCodes.FirstOrDefault(c => c.Id == code)
                ?? wrapUpCodes.FirstOrDefault(c => string.Equals(c.Name, code, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                return false;
            }

            outcome = new ScriptedOutcome(DialOutcome.Connected, match.Id);
            return true;
        }

        if (!Enum.TryParse<DialOutcome>(text, ignoreCase: true, out var parsed) || int.TryParse(text, out _))
        {
            return false;
        }

        outcome = new ScriptedOutcome(parsed, null);
        return true;
    }
}
