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
        var scratch = values.ToArray();
        double p5 = QuantileR7(scratch, 0.05, from: 0, out int next);
        double p50 = QuantileR7(scratch, 0.50, from: next, out next);
        double p95 = QuantileR7(scratch, 0.95, from: next, out _);
        return new DistributionSummary(n, mean, p5, p50, p95, sd, sd / Math.Sqrt(n));
    }

    /// <summary>
    /// R7 quantile of <paramref name="tau"/>, the same arithmetic as MathNet's
    /// <c>ArrayStatistics.QuantileCustomInplace(data, tau, QuantileDefinition.R7)</c> on the same two
    /// order statistics, so the value is bit for bit MathNet's. Hand-written because MathNet runs two
    /// selections over the whole array per quantile (six for P5, P50 and P95, each re-partitioning
    /// from scratch); here the quantiles are taken in increasing order, each selection searches only
    /// from the previous quantile's lower rank (<paramref name="from"/>: the selection left every
    /// larger rank right of it) and the upper neighbour is the minimum right of the selected rank. A Monte
    /// Carlo summarises 20 series of 10,000 draws.
    /// </summary>
    private static double QuantileR7(double[] data, double tau, int from, out int lowerRank)
    {
        int n = data.Length;
        if (n == 1)
        {
            lowerRank = 0;
            return data[0];
        }
        double h = (n - 1) * tau + 1d;
        int hf = (int)h;
        double lower = Select(data.AsSpan(from), hf - 1 - from);
        double upper = Minimum(data.AsSpan(hf));
        lowerRank = hf - 1;
        return lower + (h - hf) * (upper - lower);
    }

    /// <summary>
    /// Quickselect (Hoare partition, median of three): returns the value of rank <paramref name="rank"/>
    /// and leaves every smaller rank left of it and every larger one right of it.
    /// </summary>
    private static double Select(Span<double> a, int rank)
    {
        int low = 0, high = a.Length - 1;
        while (high > low + 1)
        {
            int middle = (low + high) >>> 1;
            (a[middle], a[low + 1]) = (a[low + 1], a[middle]);
            if (a[low] > a[high]) (a[low], a[high]) = (a[high], a[low]);
            if (a[low + 1] > a[high]) (a[low + 1], a[high]) = (a[high], a[low + 1]);
            if (a[low] > a[low + 1]) (a[low], a[low + 1]) = (a[low + 1], a[low]);
            int begin = low + 1, end = high;
            double pivot = a[begin];
            while (true)
            {
                do begin++; while (a[begin] < pivot);
                do end--; while (a[end] > pivot);
                if (end < begin) break;
                (a[begin], a[end]) = (a[end], a[begin]);
            }
            a[low + 1] = a[end];
            a[end] = pivot;
            if (end >= rank) high = end - 1;
            if (end <= rank) low = begin;
        }
        if (high == low + 1 && a[high] < a[low]) (a[low], a[high]) = (a[high], a[low]);
        return a[rank];
    }

    private static double Minimum(ReadOnlySpan<double> values)
    {
        double min = values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i] < min) min = values[i];
        return min;
    }
}
