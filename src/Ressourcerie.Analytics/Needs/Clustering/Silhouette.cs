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
        var size = new int[clusters.Length];
        foreach (int label in labels) size[index[label]]++;
        var result = new double[n];
        if (clusters.Length < 2)
        {
            Array.Fill(result, double.NaN);
            return result;
        }
        var sums = new double[clusters.Length];
        var row = new double[n];
        for (int i = 0; i < n; i++)
        {
            int own = index[labels[i]];
            if (size[own] == 1)
            {
                result[i] = 0;
                continue;
            }
            Array.Clear(sums);
            distances.Row(i, row);
            for (int j = 0; j < n; j++) sums[index[labels[j]]] += row[j];
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
