namespace Ressourcerie.Analytics.SampleData;

/// <summary>
/// The generator's own seeded random source: xoshiro256** (Blackman &amp; Vigna, 2018) seeded by
/// SplitMix64. Hand-written on purpose: <see cref="System.Random"/>'s documentation does not
/// guarantee that a seeded instance yields the same sequence across .NET versions, and the committed
/// <c>data/sample</c> must stay byte-identical to the generator's output. Every draw below uses only
/// integer arithmetic, IEEE-exact operations (+, −, ×, ÷, √) and no transcendental function, whose
/// last bit may differ between platforms' math libraries.
/// </summary>
internal sealed class SampleRandom
{
    private Xoshiro256State _state;

    /// <param name="seed">The user's seed.</param>
    /// <param name="stream">
    /// Which independent stream of that seed (institutions, one per institution's inventory, needs,
    /// interviews…), so that changing one part of the data never shifts the draws of another.
    /// </param>
    public SampleRandom(int seed, ulong stream = 0)
    {
        _state = Xoshiro256State.SeededBy(unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ stream * 0xD1B54A32D192ED03UL));
    }

    /// <summary>A stream id derived from a name and an index (e.g. "inventaire", 12).</summary>
    public static ulong Stream(string name, int index = 0)
    {
        // FNV-1a over the name's UTF-16 units: stable, and independent of string.GetHashCode's per-process salt.
        ulong hash = 14695981039346656037UL;
        foreach (char c in name)
        {
            hash ^= c;
            hash = unchecked(hash * 1099511628211UL);
        }
        return unchecked(hash + (ulong)index * 0x9E3779B97F4A7C15UL);
    }

    public ulong NextUInt64() => _state.Next();

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0) throw new ArgumentOutOfRangeException(nameof(maxExclusive));
        ulong bound = (ulong)maxExclusive;
        ulong threshold = (0UL - bound) % bound;
        while (true)
        {
            ulong r = NextUInt64();
            if (r >= threshold) return (int)(r % bound);
        }
    }

    /// <summary>Uniform integer in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>
    /// Triangular distribution on [min, max] with the given mode, by inverse transform (only a
    /// square root): the usual choice when an expert gives "at least, most likely, at most".
    /// </summary>
    public double Triangular(double min, double mode, double max)
    {
        double u = NextDouble();
        double cut = (mode - min) / (max - min);
        return u < cut
            ? min + Math.Sqrt(u * (max - min) * (mode - min))
            : max - Math.Sqrt((1 - u) * (max - min) * (max - mode));
    }

    /// <summary>An index drawn with probability proportional to <paramref name="weights"/>.</summary>
    public int Weighted(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights) total += w;
        double target = NextDouble() * total;
        for (int i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.Length - 1;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(IList<T> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
