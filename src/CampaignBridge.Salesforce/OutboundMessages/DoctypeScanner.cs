namespace CampaignBridge.Salesforce;

/// <summary>
/// Looks for a document type declaration (<c>&lt;!DOCTYPE</c> in UTF-8/ASCII or either UTF-16 byte order) in a body
/// that arrives in chunks, including a declaration split across two chunks.
/// </summary>
internal sealed class DoctypeScanner
{
    private static ReadOnlySpan<byte> Utf8 => "<!DOCTYPE"u8;

    private static ReadOnlySpan<byte> Utf16LittleEndian => "<\0!\0D\0O\0C\0T\0Y\0P\0E\0"u8;

    private static ReadOnlySpan<byte> Utf16BigEndian => "\0<\0!\0D\0O\0C\0T\0Y\0P\0E"u8;

    /// <summary>The longest pattern is 18 bytes; a split one has at most 17 bytes in the earlier chunk.</summary>
    private const int Overlap = 17;

    private readonly byte[] _tail = new byte[Overlap];
    private int _tailLength;

    /// <summary>Whether a declaration was seen.</summary>
    public bool Found { get; private set; }

    public void Scan(ReadOnlySpan<byte> chunk)
    {
        if (Found || chunk.IsEmpty)
        {
            return;
        }

        Span<byte> seam = stackalloc byte[2 * Overlap];
        int head = Math.Min(Overlap, chunk.Length);
        _tail.AsSpan(0, _tailLength).CopyTo(seam);
        chunk[..head].CopyTo(seam[_tailLength..]);
        Found = Contains(seam[..(_tailLength + head)]) || Contains(chunk);

        ReadOnlySpan<byte> keep = chunk.Length >= Overlap ? chunk[^Overlap..] : seam[..(_tailLength + head)][^Math.Min(Overlap, _tailLength + head)..];
        keep.CopyTo(_tail);
        _tailLength = keep.Length;
    }

    private static bool Contains(ReadOnlySpan<byte> bytes)
        => bytes.IndexOf(Utf8) >= 0 || bytes.IndexOf(Utf16LittleEndian) >= 0 || bytes.IndexOf(Utf16BigEndian) >= 0;
}
