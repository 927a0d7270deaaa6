namespace Ressourcerie.Analytics;

/// <summary>
/// The state and step of xoshiro256** (Blackman &amp; Vigna, 2018), seeded through SplitMix64: the
/// generator behind the sample data (<see cref="SampleData.SampleRandom"/>) and the Monte Carlo
/// (<see cref="Impact.Xoshiro256Random"/>), which seed it each their own way.
/// </summary>
internal struct Xoshiro256State
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The four state words drawn from SplitMix64 started at <paramref name="seed"/>.</summary>
    public static Xoshiro256State SeededBy(ulong seed)
    {
        var state = new Xoshiro256State();
        state._s0 = SplitMix64(ref seed);
        state._s1 = SplitMix64(ref seed);
        state._s2 = SplitMix64(ref seed);
        state._s3 = SplitMix64(ref seed);
        return state;
    }

    /// <summary>The next 64-bit output.</summary>
    public ulong Next()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
