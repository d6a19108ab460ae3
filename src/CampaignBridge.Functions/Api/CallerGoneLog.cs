using Microsoft.Extensions.Logging;

namespace CampaignBridge.Functions.Api;

/// <summary>The one line logged for a call whose caller left: Information, since the caller decided it, not a failure.</summary>
internal static partial class CallerGoneLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "{FunctionName}: the caller closed the request")]
    public static partial void CallerClosed(ILogger logger, string functionName);

    [LoggerMessage(Level = LogLevel.Information, Message = "{FunctionName}: the caller closed the request before the function started")]
    public static partial void CallerClosedBeforeStart(ILogger logger, string functionName);
}
