using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// k-means through ML.NET (<c>mlContext.Clustering.Trainers.KMeans</c>, k-means++ initialisation).
/// Determinism: a new <see cref="MLContext"/> per run with a fixed seed, and one thread (ML.NET's
/// parallel Lloyd iterations reduce partial sums in a scheduling-dependent order). Several runs per k
/// (seed, seed + 1…) and the one of least inertia is kept, since k-means only finds a local optimum.
/// </summary>
internal static class KMeansClustering
{
    /// <returns>A cluster label (0-based, in ML.NET's order) per point.</returns>
    public static int[] Fit(IReadOnlyList<double[]> points, int k, int seed, int restarts)
    {
        int dimensions = points[0].Length;
        int[]? best = null;
        double bestInertia = double.PositiveInfinity;
        for (int r = 0; r < Math.Max(1, restarts); r++)
        {
            var labels = FitOnce(points, dimensions, k, seed + r);
            double inertia = Inertia(points, labels);
            if (inertia < bestInertia - 1e-12)
            {
                best = labels;
                bestInertia = inertia;
            }
        }
        return best!;
    }

    private static int[] FitOnce(IReadOnlyList<double[]> points, int dimensions, int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
        var data = ml.Data.LoadFromEnumerable(points.Select(p => new FeatureRow { Features = p.Select(v => (float)v).ToArray() }), schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 1000,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(data);
        var predicted = model.Transform(data).GetColumn<uint>("PredictedLabel").ToArray();
        return predicted.Select(label => (int)label - 1).ToArray();
    }

    /// <summary>Sum of squared distances to the cluster means (computed here in double, from the labels).</summary>
    public static double Inertia(IReadOnlyList<double[]> points, IReadOnlyList<int> labels)
    {
        var sums = new Dictionary<int, (double[] Sum, int Count)>();
        for (int i = 0; i < points.Count; i++)
        {
            if (!sums.TryGetValue(labels[i], out var s)) s = (new double[points[i].Length], 0);
            for (int d = 0; d < points[i].Length; d++) s.Sum[d] += points[i][d];
            sums[labels[i]] = (s.Sum, s.Count + 1);
        }
        double inertia = 0;
        for (int i = 0; i < points.Count; i++)
        {
            var (sum, count) = sums[labels[i]];
            for (int d = 0; d < sum.Length; d++)
            {
                double diff = points[i][d] - sum[d] / count;
                inertia += diff * diff;
            }
        }
        return inertia;
    }

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }
}
