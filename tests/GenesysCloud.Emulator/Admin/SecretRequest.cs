namespace GenesysCloud.Emulator;

/// <summary>Body of <c>POST /__emulator/clients/{clientId}/secret</c>.</summary>
internal sealed record SecretRequest(string Secret);
