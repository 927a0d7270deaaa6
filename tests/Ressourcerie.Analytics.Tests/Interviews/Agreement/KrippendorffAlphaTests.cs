using Ressourcerie.Analytics.Interviews.Agreement;

namespace Ressourcerie.Analytics.Tests.Interviews.Agreement;

/// <summary>The worked examples of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".</summary>
public class KrippendorffAlphaTests
{
    /// <summary>Section E: 4 observers, 12 units, values 1–5, missing values.</summary>
    internal static ReliabilityData FourObserversTwelveUnits() => ReliabilityData.FromRows(
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ], ["A", "B", "C", "D"]);

    [Theory]
    [InlineData(MeasurementLevel.Nominal, 0.743)]
    [InlineData(MeasurementLevel.Ordinal, 0.815)]
    [InlineData(MeasurementLevel.Interval, 0.849)]
    [InlineData(MeasurementLevel.Ratio, 0.797)]
    public void Alpha_matches_Krippendorff_2011_four_observers_example(MeasurementLevel level, double published)
    {
        var result = KrippendorffAlpha.Compute(FourObserversTwelveUnits(), level);

        Assert.Equal(published, Math.Round(result.Alpha, 3));
        Assert.Equal(40, result.PairableValues);
        Assert.Equal(11, result.PairableUnits);
        Assert.Equal(12, result.Units);
        Assert.Equal(4, result.Coders);
        Assert.Null(result.Explanation);
    }

    [Fact]
    public void Alpha_matches_Krippendorff_2011_binary_two_observers_example()
    {
        var data = ReliabilityData.FromRows(
        [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ]);

        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal);

        Assert.Equal(0.095, Math.Round(result.Alpha, 3));
        Assert.Equal(20, result.PairableValues);
    }

    [Fact]
    public void Alpha_matches_Krippendorff_2011_nominal_two_observers_example_without_missing_values()
    {
        var data = ReliabilityData.FromCategories(
        [
            ["a", "a", "b", "b", "d", "c", "c", "c", "e", "d", "d", "a"],
            ["b", "a", "b", "b", "b", "c", "c", "c", "e", "d", "d", "d"],
        ]);

        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal);

        // 1 − (n − 1)·Σo_{c≠k} / (n² − Σn_c²) = 1 − 23·6/448.
        Assert.Equal(1 - 23.0 * 6 / 448, result.Alpha, 12);
        Assert.Equal(0.692, Math.Round(result.Alpha, 3));
        Assert.Equal(["a", "b", "c", "d", "e"], data.CategoryLabels);
    }

    [Theory]
    [InlineData(MeasurementLevel.Nominal)]
    [InlineData(MeasurementLevel.Ordinal)]
    [InlineData(MeasurementLevel.Interval)]
    [InlineData(MeasurementLevel.Ratio)]
    public void Alpha_is_one_on_perfect_agreement(MeasurementLevel level)
    {
        var data = ReliabilityData.FromRows(
        [
            [1, 2, 3, 4, null],
            [1, 2, 3, 4, 5],
            [null, 2, 3, 4, 5],
        ]);

        Assert.Equal(1.0, KrippendorffAlpha.Compute(data, level).Alpha);
    }

    [Fact]
    public void Alpha_is_undefined_with_an_explanation_when_every_value_is_the_same()
    {
        var data = ReliabilityData.FromRows([[2, 2, 2], [2, 2, 2]]);

        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Interval);

        Assert.True(double.IsNaN(result.Alpha));
        Assert.False(result.IsDefined);
        Assert.Null(result.AlphaOrNull);
        Assert.Contains("aucune variation", result.Explanation);
    }

    [Fact]
    public void Alpha_is_undefined_with_an_explanation_when_no_unit_has_two_values()
    {
        var data = ReliabilityData.FromRows([[1, null, 3], [null, 2, null]]);

        var result = KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal);

        Assert.True(double.IsNaN(result.Alpha));
        Assert.Equal(0, result.PairableValues);
        Assert.Contains("au moins deux codeurs", result.Explanation);
    }

    [Fact]
    public void Ratio_level_refuses_negative_values()
    {
        var data = ReliabilityData.FromRows([[-1, 2], [1, 2]]);

        var error = Assert.Throws<ArgumentException>(() => KrippendorffAlpha.Compute(data, MeasurementLevel.Ratio));
        Assert.Contains("ratio", error.Message);
    }

    [Fact]
    public void Interval_alpha_stays_exact_with_many_distinct_continuous_values()
    {
        // Two coders who differ by a constant 0.5 on 2,000 distinct values: the closed form used for
        // expected disagreement must equal the brute-force sum over all pairs of values.
        int units = 2000;
        var first = Enumerable.Range(0, units).Select(i => (double?)(i * 0.37)).ToArray();
        var second = first.Select(v => v + 0.5).ToArray();
        var data = ReliabilityData.FromRows([first, second]);

        var all = first.Concat(second).Select(v => v!.Value).ToArray();
        double expected = 0;
        foreach (double x in all)
            foreach (double y in all)
                expected += (x - y) * (x - y);
        double observed = units * 2 * 0.25;
        double alpha = 1 - (all.Length - 1) * observed / expected;

        Assert.Equal(alpha, KrippendorffAlpha.Compute(data, MeasurementLevel.Interval).Alpha, 10);
    }
}
