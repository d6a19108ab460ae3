using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>Successful token response <c>{"access_token","token_type":"bearer","expires_in"}</c>.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
