using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Analytics.Tests.Interviews.Agreement;

public class KappaTests
{
    /// <summary>Expands a contingency table (rows: coder A's category, columns: coder B's) into two coders' values.</summary>
    private static (double?[] A, double?[] B) FromTable(int[,] table)
    {
        var a = new List<double?>();
        var b = new List<double?>();
        for (int i = 0; i < table.GetLength(0); i++)
            for (int j = 0; j < table.GetLength(1); j++)
                for (int n = 0; n < table[i, j]; n++)
                {
                    a.Add(i);
                    b.Add(j);
                }
        return (a.ToArray(), b.ToArray());
    }

    [Fact]
    public void Cohen_kappa_of_the_textbook_two_by_two_table_is_0_4()
    {
        // 50 items: both "oui" 20, A "oui" B "non" 5, A "non" B "oui" 10, both "non" 15.
        // p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.2 / 0.5.
        var (a, b) = FromTable(new[,] { { 20, 5 }, { 10, 15 } });

        var kappa = CohenKappa.Compute(a, b);

        Assert.Equal(0.4, kappa.Value, 12);
        Assert.Equal(50, kappa.Units);
    }

    [Fact]
    public void Cohen_kappa_of_a_three_category_table_with_Cohen_1960_margins_is_29_over_59()
    {
        // 200 units with Cohen (1960)'s proportions: diagonal .44 .20 .06 (p_o = .70), margins
        // A .50 .30 .20 and B .60 .30 .10 (p_e = .41): κ = .29/.59.
        var table = new[,] { { 88, 5, 7 }, { 19, 40, 1 }, { 13, 15, 12 } };
        var (a, b) = FromTable(table);

        var kappa = CohenKappa.Compute(a, b);

        Assert.Equal(29.0 / 59.0, kappa.Value, 12);
        Assert.Equal(0.492, Math.Round(kappa.Value, 3));
    }

    [Fact]
    public void Cohen_kappa_leaves_out_units_missing_for_either_coder()
    {
        double?[] a = [1, 1, 0, 0, null, 1];
        double?[] b = [1, 0, 0, 0, 1, null];

        var kappa = CohenKappa.Compute(a, b);

        // Four units: p_o = 3/4, p_e = (2·1 + 2·3)/16 = 1/2, κ = 0.5.
        Assert.Equal(4, kappa.Units);
        Assert.Equal(0.5, kappa.Value, 12);
    }

    [Fact]
    public void Cohen_kappa_is_undefined_not_a_crash_when_all_units_fall_in_one_category()
    {
        double?[] a = [1, 1, 1, 1];
        double?[] b = [1, 1, 1, 1];

        var kappa = CohenKappa.Compute(a, b);

        Assert.True(double.IsNaN(kappa.Value));
        Assert.Null(kappa.ValueOrNull);
        Assert.Contains("une seule et même catégorie", kappa.Explanation);
    }

    [Fact]
    public void Cohen_kappa_is_undefined_when_no_unit_is_coded_by_both()
    {
        var kappa = CohenKappa.Compute([1, null], [null, 2]);

        Assert.True(double.IsNaN(kappa.Value));
        Assert.Contains("aucune unité", kappa.Explanation);
    }

    [Fact]
    public void Cohen_kappa_is_one_on_perfect_agreement_and_minus_one_on_perfect_symmetric_disagreement()
    {
        Assert.Equal(1.0, CohenKappa.Compute([0, 1, 0, 1], [0, 1, 0, 1]).Value);
        Assert.Equal(-1.0, CohenKappa.Compute([0, 1, 0, 1], [1, 0, 1, 0]).Value);
    }

    [Fact]
    public void Brennan_Prediger_kappa_matches_hand_computation()
    {
        // 10 units, 7 agreements, 4 possible categories: (0.7 − 0.25) / 0.75 = 0.6.
        double?[] a = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2];
        double?[] b = [1, 2, 3, 4, 1, 2, 3, 1, 2, 3];
        var data = ReliabilityData.FromRows([a, b]);

        var kappa = BrennanPredigerKappa.Compute(data, categories: 4);

        Assert.Equal(0.6, kappa.Value, 12);
        Assert.Equal(10, kappa.Units);
        Assert.Equal(0.6, BrennanPredigerKappa.FromObservedAgreement(0.8, 2, 10).Value, 12);
    }

    [Fact]
    public void Brennan_Prediger_kappa_stays_defined_where_Cohen_kappa_is_not()
    {
        var data = ReliabilityData.FromRows([[1, 1, 1, 1], [1, 1, 1, 1]]);

        Assert.Equal(1.0, BrennanPredigerKappa.Compute(data, categories: 2).Value);
        Assert.True(double.IsNaN(CohenKappa.Compute(data).Value));
    }

    [Fact]
    public void Brennan_Prediger_kappa_is_undefined_with_fewer_than_two_categories()
    {
        var kappa = BrennanPredigerKappa.FromObservedAgreement(1, 1, 3);

        Assert.True(double.IsNaN(kappa.Value));
        Assert.Contains("deux catégories", kappa.Explanation);
    }

    [Fact]
    public void Percent_agreement_counts_every_pair_of_coders_in_a_unit()
    {
        // Unit 1: three coders agree (3 pairs agree); unit 2: 1, 1, 2 (1 of 3 pairs agrees);
        // unit 3: one value only, not pairable.
        var data = ReliabilityData.FromRows([[1, 1, 5], [1, 1, null], [1, 2, null]]);

        var agreement = PercentAgreement.Compute(data);

        Assert.Equal(100.0 * 4 / 6, agreement.Value, 12);
        Assert.Equal(2, agreement.Units);
    }
}
