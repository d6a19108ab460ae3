using System.Buffers;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A request body read into a pooled buffer, refusing to read more than the limit. Reading the whole body
/// first keeps the XML parser synchronous (request streams must not be read synchronously) and lets the
/// size check happen before any parsing.
/// </summary>
internal sealed class BoundedBody : IDisposable
{
    private const int InitialBufferBytes = 16 * 1024;

    private byte[] _buffer;

    private BoundedBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    internal int Length { get; }

    internal ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    internal MemoryStream OpenRead() => new(_buffer, 0, Length, writable: false);

    internal static BoundedBody Read(Stream body, int maxBytes)
    {
        byte[] buffer = RentFor(body, maxBytes);
        int length = 0;
        try
        {
            while (true)
            {
                buffer = GrowIfFull(buffer, length, maxBytes);
                int read = body.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return new BoundedBody(buffer, length);
                }

                length += read;
                ThrowIfTooLarge(length, maxBytes);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    internal static async ValueTask<BoundedBody> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        byte[] buffer = RentFor(body, maxBytes);
        int length = 0;
        try
        {
            while (true)
            {
                buffer = GrowIfFull(buffer, length, maxBytes);
                int read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new BoundedBody(buffer, length);
                }

                length += read;
                ThrowIfTooLarge(length, maxBytes);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        byte[] buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] RentFor(Stream body, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(body);
        long known = body.CanSeek ? body.Length - body.Position : -1;
        ThrowIfTooLarge(known, maxBytes);

        // One byte more than the limit, so a body of exactly maxBytes + 1 is detected without another read.
        long wanted = known > 0 ? known + 1 : InitialBufferBytes;
        return ArrayPool<byte>.Shared.Rent((int)Math.Min(wanted, (long)maxBytes + 1));
    }

    private static byte[] GrowIfFull(byte[] buffer, int length, int maxBytes)
    {
        if (length < buffer.Length)
        {
            return buffer;
        }

        int newSize = (int)Math.Min(Math.Max((long)buffer.Length * 2, InitialBufferBytes), (long)maxBytes + 1);
        byte[] larger = ArrayPool<byte>.Shared.Rent(newSize);
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static void ThrowIfTooLarge(long length, int maxBytes)
    {
        if (length > maxBytes)
        {
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.TooLarge,
                $"The Outbound Message body is larger than the limit of {maxBytes} bytes; it was not parsed.");
        }
    }
}
