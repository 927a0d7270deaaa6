using Ressourcerie.Cli;

namespace Ressourcerie.Analytics.Tests.Cli;

/// <summary>The no-GC region around a command's load must never make the command fail, whatever the load allocates.</summary>
public class NoCollectionRegionTests
{
    [Fact]
    public void A_load_that_outgrows_its_region_ends_it_and_collections_resume_without_error()
    {
        var kept = new List<byte[]>();
        var region = NoCollectionRegion.Start(inputBytes: 1);
        int collections = GC.CollectionCount(0);
        // 64 MB is the smallest region: 96 MB of kept arrays outgrow it.
        for (int i = 0; i < 96; i++) kept.Add(new byte[1 << 20]);

        Assert.Null(Record.Exception(region.Dispose));
        Assert.True(GC.CollectionCount(0) > collections);
        Assert.Equal(96, kept.Count);
    }

    [Fact]
    public void A_region_asked_for_while_one_is_open_or_beyond_the_heap_is_declined_without_error()
    {
        Assert.Null(Record.Exception(() =>
        {
            using var outer = NoCollectionRegion.Start(inputBytes: 1 << 20);
            using var inner = NoCollectionRegion.Start(inputBytes: 1 << 20);
            using var huge = NoCollectionRegion.Start(inputBytes: long.MaxValue / 4);
        }));
    }

    [Fact]
    public void The_input_size_counts_existing_files_only()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, new byte[1234]);
            Assert.Equal(1234, NoCollectionRegion.SizeOf([file, file + ".absent"]));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
