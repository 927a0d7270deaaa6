using System.Numerics.Tensors;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// k-means through ML.NET (<c>mlContext.Clustering.Trainers.KMeans</c>, k-means++ initialisation)
/// on one set of points, for as many k as asked; the points are converted to floats once and shared
/// by every run. Determinism: each run has its own <see cref="MLContext"/> with a fixed seed and one
/// thread (ML.NET's parallel Lloyd iterations reduce partial sums in a scheduling-dependent order), so
/// runs may go on several threads at once and give the same labels. Each run registers its data view
/// in its own context before creating the trainer (see <see cref="FeatureRowsDataView"/>): every
/// component registered in a context draws the seed of its own random generator from the context's,
/// so the trainer's draws depend on what was registered before it. Several runs per k (seed,
/// seed + 1…) and the one of least inertia is kept, since k-means only finds a local optimum.
/// </summary>
internal sealed class KMeansClustering
{
    private readonly IReadOnlyList<double[]> _points;
    private readonly float[] _features;
    private readonly int _dimension;

    public KMeansClustering(IReadOnlyList<double[]> points)
    {
        _points = points;
        _dimension = points[0].Length;
        _features = new float[points.Count * _dimension];
        for (int i = 0; i < points.Count; i++)
            for (int d = 0; d < _dimension; d++)
                _features[i * _dimension + d] = (float)points[i][d];
    }

    /// <returns>A cluster label (0-based, in ML.NET's order) per point.</returns>
    public int[] Fit(int k, int seed, int restarts)
    {
        int[]? best = null;
        double bestInertia = double.PositiveInfinity;
        for (int r = 0; r < Math.Max(1, restarts); r++)
        {
            var labels = NearestCentroidLabels(Train(k, seed + r).Model.Model);
            double inertia = Inertia(_points, labels, k);
            if (inertia < bestInertia - 1e-12)
            {
                best = labels;
                bestInertia = inertia;
            }
        }
        return best!;
    }

    /// <summary>One ML.NET fit, with the view it was trained on.</summary>
    internal (ClusteringPredictionTransformer<KMeansModelParameters> Model, IDataView Data) Train(int k, int seed)
    {
        var ml = new MLContext(seed);
        var data = new FeatureRowsDataView(ml, _features, _dimension);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = FeatureRowsDataView.FeaturesColumn,
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 1000,
            OptimizationTolerance = 1e-7f,
        });
        return (trainer.Fit(data), data);
    }

    /// <summary>
    /// Each point's label as ML.NET's scorer gives it (<c>PredictedLabel</c> − 1), computed from
    /// the model's centroids instead of through <c>model.Transform(data)</c>, a second pipeline that
    /// cost as much as the fit itself (10 to 20 ms a fit, 33 fits). The arithmetic is ML.NET 5's own
    /// (<c>KMeansModelParameters.Map</c>, then the scorer's arg-min): in single precision,
    /// max(0, −2·c·x + ‖c‖² + ‖x‖²) with the dot products and sums of squares of
    /// <see cref="TensorPrimitives"/> (what its <c>CpuMathUtils</c> calls), the first centroid of
    /// least score winning; so near-ties fall the same way. A test checks the labels against
    /// ML.NET's scorer.
    /// </summary>
    internal int[] NearestCentroidLabels(KMeansModelParameters model)
    {
        VBuffer<float>[]? centroids = null;
        model.GetClusterCentroids(ref centroids, out int k);
        var values = new float[k * _dimension];
        var normsSquared = new float[k];
        for (int c = 0; c < k; c++)
        {
            var centroid = values.AsSpan(c * _dimension, _dimension);
            centroids![c].CopyTo(centroid);
            normsSquared[c] = TensorPrimitives.SumOfSquares((ReadOnlySpan<float>)centroid);
        }
        int n = _features.Length / _dimension;
        var labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            var point = new ReadOnlySpan<float>(_features, i * _dimension, _dimension);
            float pointNormSquared = TensorPrimitives.SumOfSquares(point);
            int best = 0;
            float bestScore = float.PositiveInfinity;
            for (int c = 0; c < k; c++)
            {
                float score = Math.Max(0, -2 * TensorPrimitives.Dot(new ReadOnlySpan<float>(values, c * _dimension, _dimension), point) + normsSquared[c] + pointNormSquared);
                if (score < bestScore)
                {
                    bestScore = score;
                    best = c;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /// <summary>Sum of squared distances to the cluster means (computed here in double, from the labels 0 … k − 1).</summary>
    public static double Inertia(IReadOnlyList<double[]> points, IReadOnlyList<int> labels, int k)
    {
        int dimension = points.Count == 0 ? 0 : points[0].Length;
        var sums = new double[k * dimension];
        var counts = new int[k];
        for (int i = 0; i < points.Count; i++)
        {
            int offset = labels[i] * dimension;
            for (int d = 0; d < dimension; d++) sums[offset + d] += points[i][d];
            counts[labels[i]]++;
        }
        double inertia = 0;
        for (int i = 0; i < points.Count; i++)
        {
            int offset = labels[i] * dimension, count = counts[labels[i]];
            for (int d = 0; d < dimension; d++)
            {
                double diff = points[i][d] - sums[offset + d] / count;
                inertia += diff * diff;
            }
        }
        return inertia;
    }
}
