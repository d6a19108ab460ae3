namespace GenesysCloud.Emulator;

/// <summary>The contact, pass, phone column and number the dialer calls next.</summary>
internal sealed record DialPick(ContactRecord Contact, ContactPass Pass, string Column, string Number);
