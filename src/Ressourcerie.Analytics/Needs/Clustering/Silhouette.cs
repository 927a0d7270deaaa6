namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// The silhouette of a clustering (Rousseeuw 1987, J. Comput. Appl. Math. 20:53–65): for each point,
/// s = (b − a) / max(a, b) where a is its mean distance to the other members of its cluster and b
/// the least mean distance to the members of another cluster; a point alone in its cluster has
/// s = 0. ML.NET has no silhouette metric (its clustering evaluator gives average distance,
/// Davies–Bouldin and NMI), hence this implementation. Euclidean distances; O(n²·d) once for any
/// number of clusterings of the same points.
/// </summary>
public static class Silhouette
{
    /// <summary>The mean silhouette over all points; NaN with fewer than two clusters.</summary>
    public static double Mean(IReadOnlyList<double[]> points, IReadOnlyList<int> labels) => Means(new DistanceMatrix(points), [labels])[0];

    /// <summary>The silhouette of each point; NaN for all with fewer than two clusters.</summary>
    public static double[] Values(IReadOnlyList<double[]> points, IReadOnlyList<int> labels) => ValuesOfEach(new DistanceMatrix(points), [labels])[0];

    /// <summary>The mean silhouette of each clustering of the same points (NaN for one with fewer than two clusters).</summary>
    internal static double[] Means(DistanceMatrix distances, IReadOnlyList<IReadOnlyList<int>> clusterings)
    {
        var values = ValuesOfEach(distances, clusterings);
        var means = new double[values.Length];
        for (int c = 0; c < values.Length; c++)
            means[c] = values[c].Length == 0 || double.IsNaN(values[c][0]) ? double.NaN : values[c].Average();
        return means;
    }

    /// <summary>
    /// The silhouette of each point under each clustering, in one pass over the distances: each
    /// row is read (or, beyond <see cref="DistanceMatrix.MaxStoredPoints"/>, computed) once for all
    /// clusterings, and the rows are shared out between the cores. For each point and clustering,
    /// the distances are summed by cluster in double, in the order of the points, whichever way the
    /// row is held and however many clusterings share it.
    /// </summary>
    internal static double[][] ValuesOfEach(DistanceMatrix distances, IReadOnlyList<IReadOnlyList<int>> clusterings)
    {
        int n = distances.Count;
        var assignments = new ClusterAssignment[clusterings.Count];
        var result = new double[clusterings.Count][];
        for (int c = 0; c < clusterings.Count; c++)
        {
            assignments[c] = new ClusterAssignment(clusterings[c]);
            result[c] = new double[n];
            if (assignments[c].Size.Length < 2) Array.Fill(result[c], double.NaN);
        }
        // Blocks of rows, a few per core, so that a core slowed by other work does not hold the rest back.
        int blockSize = Math.Max(1, (n + 8 * Environment.ProcessorCount - 1) / (8 * Environment.ProcessorCount));
        CoreWorkers.Run((n + blockSize - 1) / blockSize, block =>
        {
            var sums = new double[assignments.Length][];
            for (int c = 0; c < assignments.Length; c++) sums[c] = new double[assignments[c].Size.Length];
            var computed = distances.IsStored ? null : new double[n];
            for (int i = block * blockSize; i < Math.Min(n, (block + 1) * blockSize); i++)
            {
                if (computed is not null) distances.ComputeRow(i, computed);
                for (int c = 0; c < assignments.Length; c++)
                {
                    if (assignments[c].Size.Length < 2) continue;
                    result[c][i] = computed is null
                        ? assignments[c].PointValue(i, distances.StoredRow(i), sums[c])
                        : assignments[c].PointValue(i, computed, sums[c]);
                }
            }
        });
        return result;
    }

    /// <summary>Each point's cluster as a dense index (0 … clusters − 1), looked up once: the sums run n² times.</summary>
    private sealed class ClusterAssignment
    {
        public ClusterAssignment(IReadOnlyList<int> labels)
        {
            var index = new Dictionary<int, int>();
            Of = new int[labels.Count];
            for (int j = 0; j < labels.Count; j++)
            {
                if (!index.TryGetValue(labels[j], out int dense)) index[labels[j]] = dense = index.Count;
                Of[j] = dense;
            }
            Size = new int[index.Count];
            foreach (int c in Of) Size[c]++;
        }

        public int[] Of { get; }

        public int[] Size { get; }

        public double PointValue(int i, ReadOnlySpan<float> row, double[] sums)
        {
            if (Size[Of[i]] == 1) return 0;
            Array.Clear(sums);
            for (int j = 0; j < row.Length; j++) sums[Of[j]] += row[j];
            return FromSums(i, sums);
        }

        public double PointValue(int i, ReadOnlySpan<double> row, double[] sums)
        {
            if (Size[Of[i]] == 1) return 0;
            Array.Clear(sums);
            for (int j = 0; j < row.Length; j++) sums[Of[j]] += row[j];
            return FromSums(i, sums);
        }

        private double FromSums(int i, double[] sums)
        {
            int own = Of[i];
            double a = sums[own] / (Size[own] - 1);
            double b = double.PositiveInfinity;
            for (int c = 0; c < sums.Length; c++)
                if (c != own) b = Math.Min(b, sums[c] / Size[c]);
            double m = Math.Max(a, b);
            return m == 0 ? 0 : (b - a) / m;
        }
    }
}
