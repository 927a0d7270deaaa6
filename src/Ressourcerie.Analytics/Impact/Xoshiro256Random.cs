namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The xoshiro256** generator of Blackman and Vigna, seeded through splitmix64, as a
/// <see cref="Random"/> for MathNet's samplers: the same sequence of doubles as MathNet's
/// <c>Xoshiro256StarStar(seed)</c>, value for value (a test checks it against MathNet).
/// </summary>
/// <remarks>
/// Written here rather than taken from MathNet because MathNet's generators derive from its
/// <c>RandomSource</c>, whose constructor seeds an unused <see cref="Random"/> base from the
/// operating system's cryptographic generator even when a seed is given: the first one built in a
/// process initialises the cryptography stack (OpenSSL on Linux), measured at 4.3 ms, a sixth of a
/// national Monte Carlo run in a fresh command. The algorithm is the sample data's
/// (<see cref="Xoshiro256State"/>), seeded as MathNet seeds it.
/// </remarks>
public sealed class Xoshiro256Random : Random
{
    private const double UnitOf53Bits = 1.0 / (1UL << 53);
    private Xoshiro256State _state;

    public Xoshiro256Random(int seed) : base(0)
    {
        // MathNet widens the seed with its sign: (ulong)(long)seed.
        _state = Xoshiro256State.SeededBy((ulong)seed);
    }

    /// <summary>A double in [0, 1): the top 53 bits of the next output.</summary>
    public override double NextDouble() => (NextUInt64() >> 11) * UnitOf53Bits;

    protected override double Sample() => NextDouble();

    public override int Next() => (int)(NextDouble() * int.MaxValue);

    public override int Next(int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxValue);
        return (int)(NextDouble() * maxValue);
    }

    public override int Next(int minValue, int maxValue)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minValue, maxValue);
        return (int)(NextDouble() * ((long)maxValue - minValue)) + minValue;
    }

    public override void NextBytes(Span<byte> buffer)
    {
        for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(NextUInt64() >> 56);
    }

    public override void NextBytes(byte[] buffer) => NextBytes(buffer.AsSpan());

    private ulong NextUInt64() => _state.Next();
}
