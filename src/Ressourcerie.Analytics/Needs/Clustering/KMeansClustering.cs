using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// k-means through ML.NET (<c>mlContext.Clustering.Trainers.KMeans</c>, k-means++ initialisation)
/// on one set of points, for as many k as asked; the points are converted to floats once and shared
/// by every run. Determinism: each run has its own <see cref="MLContext"/> with a fixed seed and one
/// thread (ML.NET's parallel Lloyd iterations reduce partial sums in a scheduling-dependent order), so
/// runs may go on several threads at once and give the same labels. Each run loads its data view in
/// its own context before creating the trainer, as it always has: every component registered in a
/// context draws the seed of its own random generator from the context's, so the trainer's draws
/// depend on what was registered before it. Several runs per k (seed, seed + 1…) and the one of
/// least inertia is kept, since k-means only finds a local optimum.
/// </summary>
internal sealed class KMeansClustering
{
    private readonly IReadOnlyList<double[]> _points;
    private readonly FeatureRow[] _rows;

    public KMeansClustering(IReadOnlyList<double[]> points)
    {
        _points = points;
        _rows = points.Select(p => new FeatureRow { Features = p.Select(v => (float)v).ToArray() }).ToArray();
    }

    /// <returns>A cluster label (0-based, in ML.NET's order) per point.</returns>
    public int[] Fit(int k, int seed, int restarts)
    {
        int[]? best = null;
        double bestInertia = double.PositiveInfinity;
        for (int r = 0; r < Math.Max(1, restarts); r++)
        {
            var labels = FitOnce(k, seed + r);
            double inertia = Inertia(_points, labels);
            if (inertia < bestInertia - 1e-12)
            {
                best = labels;
                bestInertia = inertia;
            }
        }
        return best!;
    }

    private int[] FitOnce(int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _rows[0].Features.Length);
        var data = ml.Data.LoadFromEnumerable(_rows, schema);
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
