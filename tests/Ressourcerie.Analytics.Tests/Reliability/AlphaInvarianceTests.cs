using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Analytics.Tests.Reliability;

/// <summary>
/// Krippendorff's alpha depends only on what its level of measurement lets the values mean
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", the difference functions):
/// nominal values are labels (any renaming keeps alpha), ordinal values only ranks (any increasing
/// transformation), interval values differences (any affine transformation), ratio values ratios
/// (any positive scaling). Completes the bounds, perfect-agreement and order properties of
/// <c>AgreementPropertyTests</c>.
/// </summary>
public sealed class AlphaInvarianceTests
{
    /// <summary>2–5 coders × 2–15 units, values 1–5, about one cell in five missing.</summary>
    private static readonly Arbitrary<double?[,]> Matrices = Arb.From(
        from coders in Gen.Choose(2, 5)
        from units in Gen.Choose(2, 15)
        from cells in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant((double?)null)), (4, Gen.Choose(1, 5).Select(v => (double?)v))), coders * units)
        select ToMatrix(cells, coders, units));

    private static double?[,] ToMatrix(double?[] cells, int coders, int units)
    {
        var m = new double?[coders, units];
        for (int c = 0; c < coders; c++)
            for (int u = 0; u < units; u++)
                m[c, u] = cells[c * units + u];
        return m;
    }

    private static double?[,] Map(double?[,] matrix, Func<double, double> f)
    {
        var mapped = new double?[matrix.GetLength(0), matrix.GetLength(1)];
        for (int c = 0; c < matrix.GetLength(0); c++)
            for (int u = 0; u < matrix.GetLength(1); u++)
                mapped[c, u] = matrix[c, u] is { } v ? f(v) : null;
        return mapped;
    }

    private static bool SameAlpha(double?[,] matrix, Func<double, double> f, MeasurementLevel level)
    {
        double a = KrippendorffAlpha.Compute(new ReliabilityData(matrix), level).Alpha;
        double b = KrippendorffAlpha.Compute(new ReliabilityData(Map(matrix, f)), level).Alpha;
        return double.IsNaN(a) ? double.IsNaN(b) : Math.Abs(a - b) < 1e-9;
    }

    [Property]
    public Property Nominal_alpha_ignores_how_categories_are_labelled() =>
        Prop.ForAll(Matrices, m => SameAlpha(m, v => new[] { 0, 40, 7, 13, -2, 99 }[(int)v], MeasurementLevel.Nominal));

    [Property]
    public Property Ordinal_alpha_ignores_any_increasing_transformation() =>
        Prop.ForAll(Matrices, m => SameAlpha(m, v => Math.Exp(v) + v * v * v, MeasurementLevel.Ordinal));

    [Property]
    public Property Interval_alpha_ignores_units_and_origin() =>
        Prop.ForAll(Matrices, m => SameAlpha(m, v => -3.5 * v + 120, MeasurementLevel.Interval));

    [Property]
    public Property Ratio_alpha_ignores_units() =>
        Prop.ForAll(Matrices, m => SameAlpha(m, v => 2.54 * v, MeasurementLevel.Ratio));
}
