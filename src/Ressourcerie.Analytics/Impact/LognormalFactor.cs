namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// The distribution a Monte Carlo draw takes for one uncertain factor: lognormal, the LCA norm
/// (ecoinvent), fitted so that the source's low and high values are its 10th and 90th percentiles.
/// </summary>
/// <remarks>
/// With z₀.₉ = Φ⁻¹(0.9) = 1.2815515655 and Z ~ N(0, 1):
/// <list type="bullet">
/// <item>when low &lt; typical &lt; high, the median is the typical value and each side keeps its own
/// spread (a two-piece lognormal): X = typical · exp(σ Z) with σ = ln(typical / low) / z₀.₉ when
/// Z &lt; 0 and σ = ln(high / typical) / z₀.₉ otherwise, so that P10 = low, P50 = typical, P90 = high
/// exactly (the sources are often lopsided: monitor 64.7 / 65.9 / 438);</item>
/// <item>otherwise (typical equal to an end or outside), the median is the geometric mean
/// √(low · high) and σ = ln(high / low) / (2 z₀.₉) on both sides: a plain lognormal through P10 = low
/// and P90 = high;</item>
/// <item>low = high: a fixed value, returned as is without any arithmetic, so that a Monte Carlo run
/// over fixed factors reproduces the deterministic result bit for bit.</item>
/// </list>
/// </remarks>
public readonly record struct LognormalFactor(double Median, double SigmaBelow, double SigmaAbove)
{
    /// <summary>Φ⁻¹(0.9), the standard normal 90th percentile.</summary>
    public const double Z90 = 1.2815515655446004;

    public static LognormalFactor Fit(FactorRange range)
    {
        if (range.IsFixed) return new(range.Typical, 0, 0);
        if (range.Low < range.Typical && range.Typical < range.High)
            return new(range.Typical, Math.Log(range.Typical / range.Low) / Z90, Math.Log(range.High / range.Typical) / Z90);
        double sigma = Math.Log(range.High / range.Low) / (2 * Z90);
        return new(Math.Sqrt(range.Low * range.High), sigma, sigma);
    }

    public bool IsFixed => SigmaBelow == 0 && SigmaAbove == 0;

    /// <summary>The value at a standard normal deviate <paramref name="z"/> (z = 0 gives the median).</summary>
    public double At(double z) => IsFixed ? Median : Median * Math.Exp(z * (z < 0 ? SigmaBelow : SigmaAbove));
}
