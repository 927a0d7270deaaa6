using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Analytics.Tests.Interviews.Agreement;

public class AgreementPropertyTests
{
    private static readonly MeasurementLevel[] Levels = Enum.GetValues<MeasurementLevel>();

    /// <summary>2–5 coders × 1–15 units, values 0–4, about one cell in five missing.</summary>
    private static readonly Gen<double?[,]> Matrices =
        from coders in Gen.Choose(2, 5)
        from units in Gen.Choose(1, 15)
        from cells in Gen.ArrayOf(Gen.Frequency(
            (1, Gen.Constant((double?)null)),
            (4, Gen.Choose(0, 4).Select(v => (double?)v))), coders * units)
        select ToMatrix(cells, coders, units);

    /// <summary>Every coder who codes a unit gives it the unit's value; at least two coders per unit and two distinct values.</summary>
    private static readonly Gen<double?[,]> PerfectAgreements =
        from coders in Gen.Choose(2, 5)
        from units in Gen.Choose(2, 15)
        from truth in Gen.ArrayOf(Gen.Choose(0, 4).Select(v => (double)v), units).Where(t => t.Distinct().Count() >= 2)
        from present in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(false)), (3, Gen.Constant(true))), coders * units)
        select PerfectMatrix(truth, present, coders);

    private static double?[,] ToMatrix(double?[] cells, int coders, int units)
    {
        var m = new double?[coders, units];
        for (int c = 0; c < coders; c++)
            for (int u = 0; u < units; u++)
                m[c, u] = cells[c * units + u];
        return m;
    }

    private static double?[,] PerfectMatrix(double[] truth, bool[] present, int coders)
    {
        var m = new double?[coders, truth.Length];
        for (int u = 0; u < truth.Length; u++)
            for (int c = 0; c < coders; c++)
                // The first two coders always code, so every unit is pairable.
                m[c, u] = c < 2 || present[c * truth.Length + u] ? truth[u] : null;
        return m;
    }

    [Property]
    public Property Alpha_never_exceeds_one() =>
        Prop.ForAll(Arb.From(Matrices), matrix => Levels.All(level =>
        {
            var alpha = KrippendorffAlpha.Compute(new ReliabilityData(matrix), level).Alpha;
            return double.IsNaN(alpha) || alpha <= 1 + 1e-12;
        }));

    [Property]
    public Property Alpha_is_one_for_perfect_agreement() =>
        Prop.ForAll(Arb.From(PerfectAgreements), matrix => Levels.All(level =>
            Math.Abs(KrippendorffAlpha.Compute(new ReliabilityData(matrix), level).Alpha - 1) < 1e-12));

    [Property]
    public Property Cohen_kappa_lies_between_minus_one_and_one() =>
        Prop.ForAll(Arb.From(Matrices), matrix =>
        {
            var kappa = CohenKappa.Compute(new ReliabilityData(matrix)).Value;
            return double.IsNaN(kappa) || (kappa >= -1 - 1e-12 && kappa <= 1 + 1e-12);
        });

    [Property]
    public Property Results_do_not_depend_on_the_order_of_units_or_coders() =>
        Prop.ForAll(Arb.From(
            from matrix in Matrices
            from unitOrder in Gen.Shuffle(Enumerable.Range(0, matrix.GetLength(1)))
            from coderOrder in Gen.Shuffle(Enumerable.Range(0, matrix.GetLength(0)))
            select (matrix, unitOrder, coderOrder)), sample =>
        {
            var (matrix, unitOrder, coderOrder) = sample;
            var shuffled = new double?[matrix.GetLength(0), matrix.GetLength(1)];
            for (int c = 0; c < coderOrder.Length; c++)
                for (int u = 0; u < unitOrder.Length; u++)
                    shuffled[c, u] = matrix[coderOrder[c], unitOrder[u]];
            var original = new ReliabilityData(matrix);
            var permuted = new ReliabilityData(shuffled);

            bool Same(double x, double y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) < 1e-9;
            bool alphas = Levels.All(level => Same(KrippendorffAlpha.Compute(original, level).Alpha, KrippendorffAlpha.Compute(permuted, level).Alpha));
            bool percent = Same(PercentAgreement.Compute(original).Value, PercentAgreement.Compute(permuted).Value);
            // Cohen's kappa compares two named coders: the same pair, wherever it now sits.
            int a = Array.IndexOf(coderOrder, 0), b = Array.IndexOf(coderOrder, 1);
            bool kappa = Same(CohenKappa.Compute(original, 0, 1).Value, CohenKappa.Compute(permuted, a, b).Value);
            return alphas && percent && kappa;
        });
}
