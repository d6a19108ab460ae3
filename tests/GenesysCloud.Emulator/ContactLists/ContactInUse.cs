namespace GenesysCloud.Emulator;

/// <summary>
/// "Only contacts that are not in use by any campaign will be deleted" (§8.2). What "in use" means is not
/// documented: <c>settings.contactInUse</c> picks it (default: the contact's list belongs to a campaign that is on
/// or stopping).
/// </summary>
internal static class ContactInUse
{
    public static bool IsInUse(EmulatorState state, ContactListRecord list, ContactRecord contact) => state.Settings.ContactInUse switch
    {
        EmulatorSettings.InUseNever => false,
        EmulatorSettings.InUseWhileAttemptInFlight => contact.InFlight is not null,
        _ => state.CampaignsOn(list.Id).Any(c => c.IsRunning),
    };
}
