namespace Ressourcerie.Analytics.Tests;

public class CoreWorkersTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(500)]
    public void Every_item_runs_exactly_once(int count)
    {
        var runs = new int[count];

        CoreWorkers.Run(count, i => Interlocked.Increment(ref runs[i]));

        Assert.All(runs, r => Assert.Equal(1, r));
    }

    [Fact]
    public void An_item_that_throws_stops_the_items_not_yet_started_and_reaches_the_caller()
    {
        int started = 0;

        var error = Assert.Throws<InvalidOperationException>(() => CoreWorkers.Run(10_000, i =>
        {
            Interlocked.Increment(ref started);
            if (i == 3) throw new InvalidOperationException("élément 3");
            Thread.SpinWait(1000);
        }));

        Assert.Equal("élément 3", error.Message);
        Assert.True(started < 10_000);
    }
}
