namespace GenesysCloud.Emulator;

/// <summary>
/// Applies an attempt's result when it becomes known: the contact's <c>callRecords</c> (last attempt per phone
/// column), its callable state (SIT: the number becomes uncallable; an agent wrap-up mapped CONTACT_UNCALLABLE or
/// NUMBER_UNCALLABLE: the contact or the number), and the campaign pass (connected: done; otherwise retry per
/// rule or move on to the next column).
/// </summary>
internal sealed class AttemptResults(EmulatorState state, EmulatorSeed seed)
{
    public void Finalize(AttemptRecord attempt)
    {
        attempt.Finalized = true;
        if (state.FindContactList(attempt.ContactListId)?.Contacts.GetValueOrDefault(attempt.ContactId) is { } contact)
        {
            if (contact.InFlight == attempt)
            {
                contact.InFlight = null;
            }

            UpdateContact(contact, attempt);
        }

        if (attempt.Pass is { } pass)
        {
            UpdatePass(pass, attempt);
        }
    }

    private void UpdateContact(ContactRecord contact, AttemptRecord attempt)
    {
        var agentWrapUp = attempt.HasAgent ? attempt.ResultCodeName ?? attempt.ResultCode : null;
        var lastResult = attempt.HasAgent && state.Settings.CallRecordAgentResult == EmulatorSettings.AgentResultName
            ? agentWrapUp!
            : attempt.ResultCode;
        contact.RecordCall(attempt.PhoneColumn, new EmulatedCallRecord(attempt.StartedAt, lastResult, agentWrapUp, attempt.CampaignId));
        if (attempt.Outcome == DialOutcome.InvalidNumber)
        {
            // "the dialer marks a number uncallable only for ININ-OUTBOUND-SIT-UNCALLABLE" (results reference §2.1).
            contact.SetNumberCallable(attempt.PhoneColumn, false);
        }

        if (attempt.HasAgent)
        {
            var flags = seed.WrapUpCodeMapping.FlagsOf(attempt.ResultCode);
            if (flags.Contains(WrapUpCodeMappingSeed.ContactUncallable))
            {
                contact.Callable = false;
            }

            if (flags.Contains(WrapUpCodeMappingSeed.NumberUncallable))
            {
                contact.SetNumberCallable(attempt.PhoneColumn, false);
            }
        }
    }

    private void UpdatePass(ContactPass pass, AttemptRecord attempt)
    {
        if (attempt.Outcome == DialOutcome.Connected)
        {
            pass.Done = true;
            pass.RetryAt = null;
            return;
        }

        var rule = seed.Dialer.Retry.For(attempt.Outcome);
        var attemptsOnNumber = pass.ColumnAttempts.GetValueOrDefault(attempt.PhoneColumn);
        if (attempt.Outcome != DialOutcome.InvalidNumber && attemptsOnNumber < rule.MaxAttempts)
        {
            pass.RetryAt = attempt.EndedAt.AddMinutes(rule.RetryAfterMinutes);
            return;
        }

        // This number is used up for the pass: the next column (if any) is dialable at once.
        pass.ColumnsDone.Add(attempt.PhoneColumn);
        pass.RetryAt = null;
    }
}
