namespace GenesysCloud.Emulator;

/// <summary>
/// The campaign status machine (reference §3.3, §6.7 and §8.3): <c>off|complete|invalid|forced_off -> on</c>;
/// <c>on -> off</c> passes through <c>stopping</c> for <c>settings.stoppingDelaySeconds</c> (default 30 s);
/// <c>complete -> off</c> is refused; asking for the current status is a no-op. The dialer moves <c>on</c> to
/// <c>complete</c> when nothing is left to dial.
/// </summary>
internal static class CampaignTransitions
{
    /// <summary>
    /// Code UNCONFIRMED: the reference has the message but not the code
    /// (<c>invalid.update.bad.status.transition</c> or <c>invalid.update</c>); this one is in the PUT code list.
    /// </summary>
    public const string InvalidTransitionCode = "invalid.update.bad.status.transition";

    public static string InvalidTransitionMessage(string from, string to) =>
        $"An attempt was made to update a Campaign in an invalid way. Details: Invalid transition from <{from.ToUpperInvariant()}> to <{to.ToUpperInvariant()}>";

    public static bool IsAllowed(string from, string to, EmulatorSettings settings)
    {
        if (from == to)
        {
            return true;
        }

        return to switch
        {
            // What start does during stopping is not documented (§8.3): settings.startWhileStopping (default refuse,
            // as Genesys's provider waits for 'off' first).
            CampaignStatuses.On => from is CampaignStatuses.Off or CampaignStatuses.Complete or CampaignStatuses.Invalid or CampaignStatuses.ForcedOff
                || (from == CampaignStatuses.Stopping && settings.StartWhileStopping == EmulatorSettings.StartWhileStoppingResume),
            CampaignStatuses.Off => from is CampaignStatuses.On or CampaignStatuses.Stopping or CampaignStatuses.ForcedStopping
                or CampaignStatuses.Invalid or CampaignStatuses.ForcedOff,
            // stopping, complete, invalid and forced_* are set by the system, never by a client.
            _ => false,
        };
    }

    /// <summary>Applies an allowed transition: <c>on -> off</c> becomes <c>stopping</c> when a delay is configured.</summary>
    public static void Apply(CampaignRecord campaign, string to, DateTimeOffset now, int stoppingDelaySeconds)
    {
        var from = campaign.Status;
        if (from == to || (to == CampaignStatuses.Off && from == CampaignStatuses.Stopping))
        {
            return;
        }

        if (to == CampaignStatuses.Off && from is CampaignStatuses.On or CampaignStatuses.ForcedStopping && stoppingDelaySeconds > 0)
        {
            campaign.Status = CampaignStatuses.Stopping;
            campaign.StopsAt = now.AddSeconds(stoppingDelaySeconds);
            return;
        }

        campaign.Status = to;
        campaign.StopsAt = null;
    }
}
