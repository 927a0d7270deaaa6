namespace Ressourcerie.Analytics.Interviews.Agreement;

/// <summary>
/// Krippendorff's alpha for any number of coders, missing values, and nominal, ordinal, interval
/// or ratio data, by the coincidence-matrix method of Krippendorff (2011), "Computing
/// Krippendorff's Alpha-Reliability" (Annenberg School for Communication, University of
/// Pennsylvania): α = 1 − D_o / D_e = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
/// </summary>
/// <remarks>
/// Written here because no .NET library computes it (MathNet.Numerics, Accord and ML.NET offer
/// kappas at most). The coincidence matrix is never materialised: observed disagreement is summed
/// unit by unit (each pair of values of a unit weighs 1/(m_u − 1)), and expected disagreement from
/// the marginal frequencies n_c, in closed form for nominal and interval data and over the distinct
/// values otherwise, so that continuous data with thousands of distinct values stays cheap.
/// </remarks>
public static class KrippendorffAlpha
{
    public static AlphaResult Compute(ReliabilityData data, MeasurementLevel level)
    {
        ArgumentNullException.ThrowIfNull(data);

        // Pairable units: those with at least two values (Krippendorff 2011, step A.3).
        var units = new List<double[]>();
        for (int u = 0; u < data.UnitCount; u++)
        {
            var values = data.ValuesOf(u).ToArray();
            if (values.Length >= 2) units.Add(values);
        }

        if (level == MeasurementLevel.Ratio && units.SelectMany(v => v).Any(v => v < 0))
            throw new ArgumentException("Le niveau « ratio » suppose des valeurs positives ou nulles (zéro absolu) ; utilisez « interval » pour des valeurs négatives.", nameof(level));

        int n = units.Sum(v => v.Length);
        if (n == 0)
            return new AlphaResult(double.NaN, level, data.CoderCount, data.UnitCount, 0, 0, double.NaN, double.NaN,
                "Alpha non défini : aucune unité n'a été codée par au moins deux codeurs.");

        var distinct = units.SelectMany(v => v).Distinct().Order().ToArray();
        var rank = new Dictionary<double, int>(distinct.Length);
        for (int i = 0; i < distinct.Length; i++) rank[distinct[i]] = i;
        var frequency = new double[distinct.Length];
        foreach (var values in units)
            foreach (double v in values)
                frequency[rank[v]]++;

        var delta = DifferenceFunction(level, distinct, frequency);

        double observed = 0;
        foreach (var values in units)
        {
            double unitSum = 0;
            for (int i = 0; i < values.Length; i++)
                for (int j = 0; j < values.Length; j++)
                    if (i != j) unitSum += delta(rank[values[i]], rank[values[j]]);
            observed += unitSum / (values.Length - 1);
        }

        double expected = ExpectedSum(level, distinct, frequency, n, delta);
        double observedDisagreement = observed / n;
        double expectedDisagreement = n > 1 ? expected / ((double)n * (n - 1)) : 0;
        if (expected <= 0)
            return new AlphaResult(double.NaN, level, data.CoderCount, data.UnitCount, units.Count, n, observedDisagreement, expectedDisagreement,
                "Alpha non défini : toutes les valeurs appariables sont identiques (aucune variation, désaccord attendu nul).");

        double alpha = 1 - (n - 1) * observed / expected;
        return new AlphaResult(alpha, level, data.CoderCount, data.UnitCount, units.Count, n, observedDisagreement, expectedDisagreement);
    }

    /// <summary>δ²(c, k) over value ranks, as Krippendorff (2011) defines it for each level.</summary>
    private static Func<int, int, double> DifferenceFunction(MeasurementLevel level, double[] values, double[] frequency)
    {
        switch (level)
        {
            case MeasurementLevel.Nominal:
                return (c, k) => c == k ? 0 : 1;
            case MeasurementLevel.Interval:
                return (c, k) => (values[c] - values[k]) * (values[c] - values[k]);
            case MeasurementLevel.Ratio:
                return (c, k) =>
                {
                    double sum = values[c] + values[k];
                    if (sum == 0) return 0;
                    double ratio = (values[c] - values[k]) / sum;
                    return ratio * ratio;
                };
            default:
                // Ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with prefix sums of the marginals.
                var prefix = new double[frequency.Length + 1];
                for (int i = 0; i < frequency.Length; i++) prefix[i + 1] = prefix[i] + frequency[i];
                return (c, k) =>
                {
                    int low = Math.Min(c, k), high = Math.Max(c, k);
                    if (low == high) return 0;
                    double d = prefix[high + 1] - prefix[low] - (frequency[low] + frequency[high]) / 2;
                    return d * d;
                };
        }
    }

    /// <summary>Σ_c Σ_k n_c n_k δ²_ck.</summary>
    private static double ExpectedSum(MeasurementLevel level, double[] values, double[] frequency, int n, Func<int, int, double> delta)
    {
        switch (level)
        {
            case MeasurementLevel.Nominal:
            {
                double squares = frequency.Sum(f => f * f);
                return (double)n * n - squares;
            }
            case MeasurementLevel.Interval:
            {
                // Σ n_c n_k (c − k)² = 2 n Σ n_c c² − 2 (Σ n_c c)², computed around the mean for accuracy.
                double mean = 0;
                for (int i = 0; i < values.Length; i++) mean += frequency[i] * values[i];
                mean /= n;
                double squares = 0;
                for (int i = 0; i < values.Length; i++) squares += frequency[i] * (values[i] - mean) * (values[i] - mean);
                return 2 * n * squares;
            }
            default:
            {
                double sum = 0;
                for (int c = 0; c < values.Length; c++)
                    for (int k = c + 1; k < values.Length; k++)
                        sum += 2 * frequency[c] * frequency[k] * delta(c, k);
                return sum;
            }
        }
    }
}
