using System.Text.Json.Serialization;

namespace GenesysCloud.Emulator;

/// <summary>OAuth-style token error: Genesys repeats the text in <c>description</c> and <c>error_description</c> (reference §1.4).</summary>
internal sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
