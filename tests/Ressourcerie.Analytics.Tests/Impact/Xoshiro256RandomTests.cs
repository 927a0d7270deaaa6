using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using Ressourcerie.Analytics.Impact;

namespace Ressourcerie.Analytics.Tests.Impact;

public class Xoshiro256RandomTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(42)]
    [InlineData(-7)]
    [InlineData(int.MaxValue)]
    public void It_gives_MathNets_xoshiro256_sequence_value_for_value(int seed)
    {
        var ours = new Xoshiro256Random(seed);
        var mathNet = new Xoshiro256StarStar(seed, threadSafe: false);

        for (int i = 0; i < 100_000; i++)
            Assert.Equal(mathNet.NextDouble(), ours.NextDouble());
    }

    [Fact]
    public void MathNets_normal_sampler_draws_the_same_normals_from_it()
    {
        var ours = new Xoshiro256Random(11);
        var mathNet = new Xoshiro256StarStar(11, threadSafe: false);
        var a = new double[23];
        var b = new double[23];

        for (int i = 0; i < 1_000; i++)
        {
            Normal.Samples(ours, a, 0, 1);
            Normal.Samples(mathNet, b, 0, 1);
            Assert.Equal(b, a);
        }
    }

    [Fact]
    public void Integers_stay_in_their_bounds()
    {
        var random = new Xoshiro256Random(3);

        for (int i = 0; i < 10_000; i++)
        {
            Assert.InRange(random.Next(), 0, int.MaxValue - 1);
            Assert.InRange(random.Next(7), 0, 6);
            Assert.InRange(random.Next(-5, 5), -5, 4);
        }
    }
}
