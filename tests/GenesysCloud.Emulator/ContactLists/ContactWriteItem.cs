namespace GenesysCloud.Emulator;

/// <summary>One validated <c>WritableDialerContact</c> of a POST: what the client sent (null = not sent).</summary>
internal sealed record ContactWriteItem(string? Id, Dictionary<string, string> Data, bool? Callable, Dictionary<string, bool>? PhoneNumberStatus);
