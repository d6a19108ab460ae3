using Microsoft.AspNetCore.Http;

namespace CampaignBridge.Testing.Http;

/// <summary>What a function's result wrote to its response: status, content type, headers and the body as UTF-8 text.</summary>
public sealed record ExecutedResponse(int StatusCode, string? ContentType, IHeaderDictionary Headers, string Body);
