namespace CampaignBridge.Host.Tests.BadInput;

/// <summary>A request body that breaks off, sent over a bare socket.</summary>
public enum BrokenBody
{
    /// <summary>Chunked, with a chunk size that is not hex.</summary>
    BadChunkSize,

    /// <summary>Chunked, a chunk shorter than its declared size, then the connection closes.</summary>
    ShortChunk,

    /// <summary>A Content-Length larger than what is sent, then the connection closes.</summary>
    ShortContentLength,
}
