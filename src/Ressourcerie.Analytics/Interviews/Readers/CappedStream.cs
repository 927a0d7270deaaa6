using Ressourcerie.Analytics.Ingestion;

namespace Ressourcerie.Analytics.Interviews.Readers;

/// <summary>
/// A read-only stream that counts the bytes it hands out and stops with a French
/// <see cref="InputFileException"/> past a ceiling, shared or not with other streams through a
/// <see cref="ByteBudget"/>. Inflating through it is how a zip bomb is stopped early, whatever
/// sizes the archive declares.
/// </summary>
internal sealed class CappedStream(Stream inner, long maxBytes, ByteBudget? budget, Func<long, InputFileException> tooLarge) : Stream
{
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        _read += n;
        if (_read > maxBytes) throw tooLarge(maxBytes);
        budget?.Spend(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>Bytes left to inflate from one archive, shared by the entries read from it.</summary>
internal sealed class ByteBudget(long total, Func<long, InputFileException> exhausted)
{
    private readonly long _total = total;
    private long _spent;

    public void Spend(long bytes)
    {
        _spent += bytes;
        if (_spent > _total) throw exhausted(_total);
    }
}
