using System.Runtime;

namespace Ressourcerie.Cli;

/// <summary>
/// A stretch of a command without garbage collection, for a load that keeps nearly everything it
/// allocates (a national inventory: a million lines and their issues). Collections during such a
/// load find almost nothing to free and copy the lines read so far from one generation to the
/// next, while every other thread waits: about 50 ms of one core for <c>validate</c> on national
/// data (bench/README.md). The region is sized from the input files; when the load allocates more
/// (an XLSX file, compressed, or an unexpected input), the runtime ends the region by itself and
/// collects as usual. A command-level choice: the library never changes the process's GC mode.
/// </summary>
public sealed class NoCollectionRegion : IDisposable
{
    /// <summary>Allocations allowed per byte of input: a national CSV inventory allocates about twice its size.</summary>
    private const int BytesPerInputByte = 3;

    private const long MinBytes = 64L << 20, MaxBytes = 1L << 30;

    private readonly bool _started;

    private NoCollectionRegion(bool started) => _started = started;

    /// <summary>Starts a region for reading <paramref name="inputBytes"/> bytes of input, between 64 MB and 1 GB (the memory a command may take).</summary>
    public static NoCollectionRegion Start(long inputBytes)
    {
        long size = Math.Clamp(inputBytes * BytesPerInputByte, MinBytes, MaxBytes);
        try
        {
            return new NoCollectionRegion(GC.TryStartNoGCRegion(size));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A heap limit below the size asked for, or a region already open: the load runs with collections.
            return new NoCollectionRegion(false);
        }
    }

    /// <summary>The size of the files a command is about to read (missing files count for nothing).</summary>
    public static long SizeOf(IEnumerable<string> paths) =>
        paths.Select(p => new FileInfo(p)).Where(f => f.Exists).Sum(f => f.Length);

    public void Dispose()
    {
        // A region the allocations outgrew has already ended (a collection took place): nothing to end.
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended by a collection between the check and the call: the command goes on either way.
        }
    }
}
