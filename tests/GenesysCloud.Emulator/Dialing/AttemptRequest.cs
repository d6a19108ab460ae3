namespace GenesysCloud.Emulator;

/// <summary>What the dialer knows when it places an attempt; <see cref="OutcomeModel.Plan"/> turns it into an <see cref="AttemptRecord"/>.</summary>
internal sealed record AttemptRequest(
    string CampaignId,
    string ContactListId,
    string ContactId,
    string PhoneColumn,
    string DialedNumber,
    string CallerAddress,
    bool Agentless,
    int? NoAnswerTimeoutSeconds,
    int AttemptOfContact,
    int AttemptOfNumber,
    DateTimeOffset At);
