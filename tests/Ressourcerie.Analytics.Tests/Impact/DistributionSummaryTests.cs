using FsCheck.Xunit;
using MathNet.Numerics.Statistics;
using Ressourcerie.Analytics.Impact;

namespace Ressourcerie.Analytics.Tests.Impact;

public class DistributionSummaryTests
{
    [Fact]
    public void Percentiles_interpolate_like_excel_percentile_inc()
    {
        // 1…20 shuffled: PERCENTILE.INC gives 1 + 0.05 × 19 = 1.95, 10.5 and 19.05.
        var values = new[] { 7.0, 20, 3, 14, 1, 9, 18, 5, 11, 16, 2, 12, 19, 4, 8, 15, 6, 13, 17, 10 };

        var summary = DistributionSummary.Of(values);

        Assert.Equal(1.95, summary.P5KgCO2e, 12);
        Assert.Equal(10.5, summary.P50KgCO2e, 12);
        Assert.Equal(19.05, summary.P95KgCO2e, 12);
        Assert.Equal(10.5, summary.MeanKgCO2e, 12);
        // Sample standard deviation of 1…20: √35 = 5.916…; standard error √35 / √20.
        Assert.Equal(Math.Sqrt(35), summary.StandardDeviationKgCO2e, 12);
        Assert.Equal(Math.Sqrt(35) / Math.Sqrt(20), summary.StandardErrorKgCO2e, 12);
        Assert.Equal(7.0, values[0]);
    }

    [Fact]
    public void The_first_values_can_be_summarised_alone()
    {
        var summary = DistributionSummary.Of([4.0, 6, 1000], count: 2);

        Assert.Equal(2, summary.Count);
        Assert.Equal(5, summary.MeanKgCO2e);
    }

    [Property(MaxTest = 500)]
    public bool Percentiles_are_bit_for_bit_mathnet_r7_quantiles(int[] draws, bool withFractions)
    {
        // Small integers repeat (ties), fractions make every value distinct: both paths of the selection.
        if (draws.Length == 0) return true;
        var values = draws.Select((d, i) => (double)(d % 50) + (withFractions ? i / 7.0 : 0)).ToArray();
        var summary = DistributionSummary.Of(values);
        double MathNet(double tau) => ArrayStatistics.QuantileCustomInplace(values.ToArray(), tau, QuantileDefinition.R7);
        return BitConverter.DoubleToInt64Bits(summary.P5KgCO2e) == BitConverter.DoubleToInt64Bits(MathNet(0.05))
            && BitConverter.DoubleToInt64Bits(summary.P50KgCO2e) == BitConverter.DoubleToInt64Bits(MathNet(0.50))
            && BitConverter.DoubleToInt64Bits(summary.P95KgCO2e) == BitConverter.DoubleToInt64Bits(MathNet(0.95));
    }
}
