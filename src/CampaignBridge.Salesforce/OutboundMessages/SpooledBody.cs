using System.Buffers;

namespace CampaignBridge.Salesforce;

/// <summary>
/// A request body read in full before parsing, refusing to read past the limit: the first
/// <see cref="OutboundMessageParserOptions.MemoryBufferBytes"/> in a pooled buffer, anything beyond streamed on into a
/// temporary file that is deleted when the body is disposed. Reading first keeps the XML parser synchronous (request
/// streams must not be read synchronously), checks the size before any parsing, and notes whether a document type
/// declaration passed by (the XML reader's own refusal does not say so).
/// </summary>
internal sealed class SpooledBody : IDisposable
{
    private const int ChunkBytes = 64 * 1024;
    private const int InitialBufferBytes = 16 * 1024;

    private readonly OutboundMessageParserOptions _options;
    private readonly DoctypeScanner _doctype = new();
    private byte[] _buffer = [];
    private int _buffered;
    private FileStream? _file;

    private SpooledBody(OutboundMessageParserOptions options) => _options = options;

    /// <summary>Bytes read.</summary>
    internal long Length { get; private set; }

    /// <summary>Whether the body spilled into a temporary file.</summary>
    internal bool IsSpooled => _file is not null;

    /// <summary>Whether <c>&lt;!DOCTYPE</c> appears in the body (UTF-8/ASCII or either UTF-16 byte order).</summary>
    internal bool ContainsDoctype => _doctype.Found;

    internal static SpooledBody Read(Stream body, OutboundMessageParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(body);
        var spooled = new SpooledBody(options);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = body.Read(chunk, 0, chunk.Length)) > 0)
            {
                spooled.Append(chunk.AsSpan(0, read));
            }

            return spooled;
        }
        catch
        {
            spooled.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    internal static async ValueTask<SpooledBody> ReadAsync(Stream body, OutboundMessageParserOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var spooled = new SpooledBody(options);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                spooled.Append(chunk.AsSpan(0, read));
            }

            return spooled;
        }
        catch
        {
            spooled.Dispose();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The body from its start; the stream belongs to the caller (an XML reader closes it).</summary>
    internal Stream OpenRead()
    {
        if (_file is null)
        {
            return new MemoryStream(_buffer, 0, _buffered, writable: false);
        }

        _file.Flush();
        _file.Position = 0;
        return _file;
    }

    public void Dispose()
    {
        byte[] buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        // FileOptions.DeleteOnClose removes the temporary file.
        Interlocked.Exchange(ref _file, null)?.Dispose();
    }

    private void Append(ReadOnlySpan<byte> chunk)
    {
        Length += chunk.Length;
        if (Length > _options.MaxBodyBytes)
        {
            throw new OutboundMessageException(
                OutboundMessageErrorCodes.TooLarge,
                $"The Outbound Message body is larger than the limit of {_options.MaxBodyBytes} bytes; it was not parsed.");
        }

        _doctype.Scan(chunk);
        if (_file is null && _buffered + chunk.Length <= _options.MemoryBufferBytes)
        {
            EnsureCapacity(_buffered + chunk.Length);
            chunk.CopyTo(_buffer.AsSpan(_buffered));
            _buffered += chunk.Length;
            return;
        }

        if (_file is null)
        {
            _file = CreateSpoolFile();
            _file.Write(_buffer, 0, _buffered);
            ArrayPool<byte>.Shared.Return(Interlocked.Exchange(ref _buffer, []));
            _buffered = 0;
        }

        _file.Write(chunk);
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= _buffer.Length)
        {
            return;
        }

        int size = (int)Math.Min(Math.Max((long)_buffer.Length * 2, Math.Max(needed, InitialBufferBytes)), _options.MemoryBufferBytes);
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(size, needed));
        _buffer.AsSpan(0, _buffered).CopyTo(larger);
        byte[] old = _buffer;
        _buffer = larger;
        if (old.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(old);
        }
    }

    private FileStream CreateSpoolFile()
    {
        string directory = _options.SpoolDirectory ?? Path.GetTempPath();
        string path = Path.Combine(directory, "campaignbridge-om-" + Path.GetRandomFileName());
        return new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ChunkBytes, FileOptions.DeleteOnClose | FileOptions.SequentialScan);
    }
}
