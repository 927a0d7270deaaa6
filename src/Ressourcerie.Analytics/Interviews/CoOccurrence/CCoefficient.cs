namespace Ressourcerie.Analytics.Interviews.CoOccurrence;

/// <summary>
/// ATLAS.ti's c-coefficient of two codes: c = n12 / (n1 + n2 − n12), n12 their co-occurrences and
/// n1, n2 their groundedness (number of quotations), rounded to 2 decimals half away from zero as
/// ATLAS.ti displays it (checked against every non-zero pair of a real ATLAS.ti export in the tests).
/// </summary>
/// <remarks>
/// Rounding is done on the exact fraction with integers: rounding the double quotient instead
/// gets ties such as 29/200 = 0.145 wrong (its double is 0.14499…).
/// </remarks>
public static class CCoefficient
{
    /// <summary>The rounded coefficient; NaN when n1 + n2 − n12 ≤ 0 (no quotation at all, or counts that cannot come from one project).</summary>
    public static double Compute(int cooccurrences, int groundednessA, int groundednessB, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        long denominator = Denominator(cooccurrences, groundednessA, groundednessB);
        if (denominator <= 0) return double.NaN;
        return RoundToHundredths(cooccurrences, denominator, rounding);
    }

    /// <summary>numerator / denominator (both ≥ 0) rounded to hundredths with the given midpoint rule.</summary>
    public static double RoundToHundredths(long numerator, long denominator, MidpointRounding rounding)
    {
        if (numerator < 0 || denominator <= 0)
            throw new ArgumentOutOfRangeException(nameof(numerator), "Fraction positive attendue.");
        long scaled = numerator * 100;
        long whole = scaled / denominator;
        long twiceRemainder = 2 * (scaled % denominator);
        bool roundUp = twiceRemainder.CompareTo(denominator) switch
        {
            > 0 => true,
            < 0 => false,
            _ => rounding switch
            {
                MidpointRounding.AwayFromZero => true,
                MidpointRounding.ToEven => whole % 2 == 1,
                _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Seuls les arrondis au plus proche (AwayFromZero, ToEven) ont un sens ici."),
            },
        };
        return (whole + (roundUp ? 1 : 0)) / 100.0;
    }

    private static long Denominator(int n12, int n1, int n2)
    {
        if (n12 < 0 || n1 < 0 || n2 < 0)
            throw new ArgumentOutOfRangeException(nameof(n12), "Les effectifs ne peuvent pas être négatifs.");
        return (long)n1 + n2 - n12;
    }
}
