namespace GenesysCloud.Emulator;

/// <summary>A contact the campaign has not finished with, in dial order.</summary>
/// <param name="ContactId">The contact.</param>
/// <param name="AttemptsThisPass">Attempts on it in the current queue pass (a re-queue or recycle starts a new pass).</param>
/// <param name="RetryAt">When a retry is due; null = dialable at the next pace slot.</param>
/// <param name="InFlight">An attempt on it is dialing, talking or in after-call work.</param>
/// <param name="Callable">False: the contact is uncallable and skipped until that changes.</param>
/// <param name="Held">Held until a recycle (older doNotQueue wording for new contacts).</param>
public sealed record DialerQueueEntry(string ContactId, int AttemptsThisPass, DateTimeOffset? RetryAt, bool InFlight, bool Callable, bool Held);
