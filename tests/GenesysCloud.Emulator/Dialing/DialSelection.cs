namespace GenesysCloud.Emulator;

/// <summary>
/// Picks what a campaign dials next: the first contact in queue order (priority ones first) whose pass is not done,
/// that is callable, not in flight and not waiting for a retry; on it, the first phone column (in the contact list's
/// column order, limited to the campaign's columns) with a number that is callable and not on one of the campaign's
/// DNC lists. DNC numbers are skipped (and recorded) on the way.
/// </summary>
internal sealed class DialSelection(DialerEngine dialer, EmulatorState state)
{
    /// <summary>The next dial of <paramref name="campaign"/> at <paramref name="at"/>; null with what is still pending.</summary>
    public DialPick? Next(CampaignRecord campaign, CampaignDialState dial, ContactListRecord list, DateTimeOffset at, out DialPending pending)
    {
        pending = new DialPending(null, false);
        var columns = list.PhoneColumns.Select(c => c.ColumnName).Where(campaign.PhoneColumnNames.Contains).ToList();
        var dnc = DncNumbers(campaign, at);
        foreach (var contact in list.QueueOrder)
        {
            if (contact.HeldSince > dial.RecycledAtSequence)
            {
                continue;
            }

            var pass = dial.PassFor(contact);
            if (pass.Done || !contact.Callable)
            {
                continue;
            }

            if (contact.InFlight is not null)
            {
                pending = pending with { InFlight = true };
                continue;
            }

            if (pass.RetryAt is { } retryAt && retryAt > at)
            {
                pending = pending with { EarliestRetry = pending.EarliestRetry is { } earliest && earliest < retryAt ? earliest : retryAt };
                continue;
            }

            var column = NextColumn(campaign, contact, pass, columns, dnc, at, out var skippedForDnc);
            if (column is not null)
            {
                return new DialPick(contact, pass, column, contact.Data[column]);
            }

            pass.Done = true;
            pass.RetryAt = null;
            if (pass.Attempts == 0)
            {
                var reason = skippedForDnc ? SystemResults.OnDoNotCallList : SystemResults.NoCallableNumbersSkipped;
                dial.Skipped[reason] = dial.Skipped.GetValueOrDefault(reason) + 1;
            }
        }

        return null;
    }

    /// <summary>Digits only, with a leading US/Canada 1 removed, so "+1 (317) 555-0100" and "3175550100" are one number.</summary>
    public static string NormalizedNumber(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return digits.Length == 11 && digits[0] == '1' ? digits[1..] : digits;
    }

    private string? NextColumn(
        CampaignRecord campaign, ContactRecord contact, ContactPass pass, List<string> columns, HashSet<string> dnc, DateTimeOffset at, out bool skippedForDnc)
    {
        skippedForDnc = false;
        foreach (var column in columns)
        {
            if (pass.ColumnsDone.Contains(column))
            {
                continue;
            }

            if (!contact.Data.TryGetValue(column, out var number) || string.IsNullOrWhiteSpace(number) || !contact.IsNumberCallable(column))
            {
                pass.ColumnsDone.Add(column);
                continue;
            }

            if (dnc.Contains(NormalizedNumber(number)))
            {
                pass.ColumnsDone.Add(column);
                skippedForDnc = true;
                dialer.RecordDncSkip(campaign, contact, column, number, at);
                continue;
            }

            return column;
        }

        return null;
    }

    private HashSet<string> DncNumbers(CampaignRecord campaign, DateTimeOffset at)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var listId in campaign.DncListIds)
        {
            if (state.FindDncList(listId) is not { } list)
            {
                continue;
            }

            foreach (var (number, expiresAt) in list.Numbers)
            {
                if (expiresAt is null || expiresAt > at)
                {
                    numbers.Add(NormalizedNumber(number));
                }
            }
        }

        return numbers;
    }
}
