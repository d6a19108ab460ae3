namespace GenesysCloud.Emulator;

/// <summary>
/// Retry rule per system outcome. Defaults: no answer again after 30 min (3 attempts), busy after 10 min (3),
/// machine after 60 min (2), fax and invalid number never (1). A connected call finishes the contact.
/// </summary>
public sealed class RetryRules : OutcomeValues<RetryRuleSeed>
{
    public RetryRules()
    {
        NoAnswer = RetryRuleSeed.After(30, 3);
        Busy = RetryRuleSeed.After(10, 3);
        Machine = RetryRuleSeed.After(60, 2);
        Fax = RetryRuleSeed.After(0, 1);
        InvalidNumber = RetryRuleSeed.After(0, 1);
    }
}
