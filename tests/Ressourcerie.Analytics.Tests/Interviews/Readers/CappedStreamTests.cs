using Ressourcerie.Analytics.Ingestion;
using Ressourcerie.Analytics.Interviews.Readers;

namespace Ressourcerie.Analytics.Tests.Interviews.Readers;

/// <summary>The byte counter behind the archive ceilings, for runtimes that would inflate past an entry's declared size.</summary>
public class CappedStreamTests
{
    [Fact]
    public void Reading_past_the_ceiling_throws_the_given_French_error()
    {
        using var capped = new CappedStream(new MemoryStream(new byte[2_000_000]), 1_000_000, null, max => new InputFileException("x.qdpx", 0, "", $"au-delà de {max}"));

        var error = Assert.Throws<InputFileException>(() => capped.CopyTo(Stream.Null));
        Assert.Equal("au-delà de 1000000", error.Message);
    }

    [Fact]
    public void A_shared_budget_stops_the_second_stream()
    {
        var budget = new ByteBudget(1_500_000, max => new InputFileException("x.qdpx", 0, "", $"total {max}"));
        using (var first = new CappedStream(new MemoryStream(new byte[1_000_000]), 1_000_000, budget, _ => throw new InvalidOperationException()))
            first.CopyTo(Stream.Null);
        using var second = new CappedStream(new MemoryStream(new byte[1_000_000]), 1_000_000, budget, _ => throw new InvalidOperationException());

        Assert.Equal("total 1500000", Assert.Throws<InputFileException>(() => second.CopyTo(Stream.Null)).Message);
    }
}
