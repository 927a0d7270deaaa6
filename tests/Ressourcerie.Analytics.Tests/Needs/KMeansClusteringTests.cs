using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Needs.Clustering;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Needs;

public class KMeansClusteringTests
{
    private static IReadOnlyList<double[]> SampleFeatures()
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        return NeedFeatureMatrix.Build(study.Institutions, study.Needs, NeedsClusteringOptions.Default).Rows;
    }

    /// <summary>
    /// 300 points in 22 dimensions around 6 centres, rounded to a coarse grid so that many points
    /// coincide or lie at equal distances: the cases where the rounding and the tie rule decide.
    /// </summary>
    private static IReadOnlyList<double[]> GriddedBlobs()
    {
        var random = new Random(11);
        var centres = Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, 22).Select(_ => random.NextDouble()).ToArray()).ToArray();
        return Enumerable.Range(0, 300)
            .Select(i => centres[i % 6].Select(c => Math.Round((c + 0.3 * (random.NextDouble() - 0.5)) * 4) / 4).ToArray())
            .ToList();
    }

    private static IReadOnlyList<double[]> Points(string set) => set == "sample" ? SampleFeatures() : GriddedBlobs();

    [Theory]
    [InlineData("sample")]
    [InlineData("gridded blobs")]
    public void Labels_read_from_the_centroids_are_the_labels_ML_NET_scorer_predicts(string set)
    {
        var points = Points(set);
        var kMeans = new KMeansClustering(points);
        for (int k = 2; k <= 12; k++)
            for (int seed = 42; seed < 45; seed++)
            {
                var (model, data) = kMeans.Train(k, seed);
                var predicted = model.Transform(data).GetColumn<uint>("PredictedLabel").Select(label => (int)label - 1).ToArray();

                Assert.Equal(predicted, kMeans.NearestCentroidLabels(model.Model));
            }
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("gridded blobs")]
    public void The_trainer_finds_the_same_centroids_over_the_feature_view_as_over_LoadFromEnumerable(string set)
    {
        var points = Points(set);
        var kMeans = new KMeansClustering(points);
        for (int k = 2; k <= 12; k += 5)
            for (int seed = 42; seed < 45; seed++)
            {
                var (model, _) = kMeans.Train(k, seed);

                Assert.Equal(CentroidsOverLoadFromEnumerable(points, k, seed), Centroids(model.Model));
            }
    }

    [Fact]
    public void Inertia_is_the_sum_of_squared_distances_to_the_cluster_means()
    {
        double[][] points = [[0, 0], [2, 0], [10, 10], [10, 12], [11, 11]];
        // Means (1, 0) and (31/3, 11): 1 + 1, then 1/9 + 1, 1/9 + 1, 4/9 + 0.
        Assert.Equal(2 + 2 + 6.0 / 9, KMeansClustering.Inertia(points, [0, 0, 1, 1, 1], 2), 12);
    }

    /// <summary>The way the clustering fed ML.NET before the feature view: rows loaded through LoadFromEnumerable.</summary>
    private static float[][] CentroidsOverLoadFromEnumerable(IReadOnlyList<double[]> points, int k, int seed)
    {
        var ml = new MLContext(seed);
        var rows = points.Select(p => new FeatureRow { Features = p.Select(v => (float)v).ToArray() }).ToArray();
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows[0].Features.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            FeatureColumnName = nameof(FeatureRow.Features),
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 1000,
            OptimizationTolerance = 1e-7f,
        });
        return Centroids(trainer.Fit(data).Model);
    }

    private static float[][] Centroids(KMeansModelParameters model)
    {
        VBuffer<float>[]? centroids = null;
        model.GetClusterCentroids(ref centroids, out int k);
        return centroids!.Take(k).Select(c => c.DenseValues().ToArray()).ToArray();
    }

    private sealed class FeatureRow
    {
        public float[] Features { get; set; } = [];
    }
}
