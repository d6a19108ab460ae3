namespace GenesysCloud.Emulator;

/// <summary>One thing the dialer does at <see cref="At"/>; at equal times the lower <see cref="Kind"/> goes first.</summary>
internal sealed record DialerEvent(DateTimeOffset At, DialerEventKind Kind, CampaignRecord? Campaign, AttemptRecord? Attempt);
