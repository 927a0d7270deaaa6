namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// The silhouette of a clustering (Rousseeuw 1987, J. Comput. Appl. Math. 20:53–65): for each point,
/// s = (b − a) / max(a, b) where a is its mean distance to the other members of its cluster and b
/// the least mean distance to the members of another cluster; a point alone in its cluster has
/// s = 0. ML.NET has no silhouette metric (its clustering evaluator gives average distance,
/// Davies–Bouldin and NMI), hence this implementation. Euclidean distances; O(n²·d).
/// </summary>
public static class Silhouette
{
    /// <summary>The mean silhouette over all points; NaN with fewer than two clusters.</summary>
    public static double Mean(IReadOnlyList<double[]> points, IReadOnlyList<int> labels) => Mean(new DistanceMatrix(points), labels);

    internal static double Mean(DistanceMatrix distances, IReadOnlyList<int> labels)
    {
        var values = Values(distances, labels);
        return values.Length == 0 || double.IsNaN(values[0]) ? double.NaN : values.Average();
    }

    /// <summary>The silhouette of each point; NaN for all with fewer than two clusters.</summary>
    public static double[] Values(IReadOnlyList<double[]> points, IReadOnlyList<int> labels) => Values(new DistanceMatrix(points), labels);

    internal static double[] Values(DistanceMatrix distances, IReadOnlyList<int> labels)
    {
        int n = labels.Count;
        var clusters = labels.Distinct().Order().ToArray();
        var index = clusters.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        // Each point's cluster as a dense index, looked up once: the sums below run n² times.
        var clusterOf = new int[n];
        for (int j = 0; j < n; j++) clusterOf[j] = index[labels[j]];
        var size = new int[clusters.Length];
        foreach (int c in clusterOf) size[c]++;
        var result = new double[n];
        if (clusters.Length < 2)
        {
            Array.Fill(result, double.NaN);
            return result;
        }
        var sums = new double[clusters.Length];
        var computed = distances.IsStored ? null : new double[n];
        for (int i = 0; i < n; i++)
        {
            int own = clusterOf[i];
            if (size[own] == 1)
            {
                result[i] = 0;
                continue;
            }
            Array.Clear(sums);
            // Summed in double in the order of j, whichever way the row is held.
            if (computed is null)
            {
                var row = distances.StoredRow(i);
                for (int j = 0; j < n; j++) sums[clusterOf[j]] += row[j];
            }
            else
            {
                distances.ComputeRow(i, computed);
                for (int j = 0; j < n; j++) sums[clusterOf[j]] += computed[j];
            }
            double a = sums[own] / (size[own] - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < clusters.Length; c++)
                if (c != own) b = Math.Min(b, sums[c] / size[c]);
            double m = Math.Max(a, b);
            result[i] = m == 0 ? 0 : (b - a) / m;
        }
        return result;
    }
}
