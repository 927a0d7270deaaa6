using MathNet.Numerics.Statistics;

namespace Ressourcerie.Analytics.Impact;

/// <summary>
/// Mean, percentiles and Monte Carlo standard error of the mean (σ / √n) of simulated values, in
/// kgCO2e. Percentiles use the linear interpolation of Excel's PERCENTILE.INC and numpy (Hyndman
/// and Fan's R7).
/// </summary>
public sealed record DistributionSummary(
    int Count,
    double MeanKgCO2e,
    double P5KgCO2e,
    double P50KgCO2e,
    double P95KgCO2e,
    double StandardDeviationKgCO2e,
    double StandardErrorKgCO2e)
{
    public double MeanTonnesCO2e => MeanKgCO2e / 1000;

    public double P5TonnesCO2e => P5KgCO2e / 1000;

    public double P50TonnesCO2e => P50KgCO2e / 1000;

    public double P95TonnesCO2e => P95KgCO2e / 1000;

    public double StandardErrorTonnesCO2e => StandardErrorKgCO2e / 1000;

    /// <summary>Summarises the first <paramref name="count"/> values (all by default); the input is not modified.</summary>
    public static DistributionSummary Of(ReadOnlySpan<double> values, int? count = null)
    {
        int n = count ?? values.Length;
        if (n <= 0) throw new ArgumentException("Aucune valeur à résumer.", nameof(values));
        values = values[..n];
        // Welford's running mean: exact when every value is the same, so a Monte Carlo over fixed
        // factors returns the deterministic value itself.
        double mean = 0, m2 = 0;
        for (int i = 0; i < n; i++)
        {
            double delta = values[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (values[i] - mean);
        }
        double sd = n > 1 ? Math.Sqrt(m2 / (n - 1)) : 0;
        // Selection (O(n)) on a copy rather than a full sort: the Monte Carlo summarises every category.
        var scratch = values.ToArray();
        return new DistributionSummary(n, mean,
            ArrayStatistics.QuantileCustomInplace(scratch, 0.05, QuantileDefinition.R7),
            ArrayStatistics.QuantileCustomInplace(scratch, 0.50, QuantileDefinition.R7),
            ArrayStatistics.QuantileCustomInplace(scratch, 0.95, QuantileDefinition.R7),
            sd, sd / Math.Sqrt(n));
    }
}
