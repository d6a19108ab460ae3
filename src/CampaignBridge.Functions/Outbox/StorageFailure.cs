using Azure;

namespace CampaignBridge.Functions.Outbox;

/// <summary>Short, secret-free descriptions of storage failures for operation rows, faults and logs.</summary>
internal static class StorageFailure
{
    /// <summary>
    /// Says what failed without the SDK's full message (which embeds request and response headers).
    /// </summary>
    public static string Describe(Exception exception) => exception switch
    {
        RequestFailedException { Status: > 0 } failed => $"storage answered {failed.Status} {failed.ErrorCode}".TrimEnd(),
        RequestFailedException => "storage could not be reached",
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => $"storage call failed ({exception.GetType().Name})",
    };

    /// <summary>True for the failures a storage call can end with (as opposed to bugs).</summary>
    public static bool IsStorageFailure(Exception exception) => exception switch
    {
        RequestFailedException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsStorageFailure),
        HttpRequestException => true,
        IOException => true,
        _ => false,
    };
}
