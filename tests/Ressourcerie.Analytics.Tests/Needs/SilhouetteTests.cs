using Ressourcerie.Analytics.Needs.Clustering;

namespace Ressourcerie.Analytics.Tests.Needs;

public class SilhouetteTests
{
    /// <summary>The definition, point by point and clustering by clustering, with the distances summed in the order of the points.</summary>
    private static double[] Reference(IReadOnlyList<double[]> points, int[] labels, Func<double[], double[], double> distance)
    {
        int n = points.Count;
        var clusters = labels.Distinct().ToArray();
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            var sums = clusters.ToDictionary(c => c, _ => 0.0);
            for (int j = 0; j < n; j++) sums[labels[j]] += distance(points[i], points[j]);
            int ownSize = labels.Count(l => l == labels[i]);
            if (ownSize == 1) continue;
            double a = sums[labels[i]] / (ownSize - 1);
            double b = clusters.Where(c => c != labels[i]).Min(c => sums[c] / labels.Count(l => l == c));
            result[i] = Math.Max(a, b) == 0 ? 0 : (b - a) / Math.Max(a, b);
        }
        return result;
    }

    private static (List<double[]> Points, int[][] Clusterings) Scatter(int n, int seed)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, n).Select(i => new[] { i % 4 + random.NextDouble(), random.NextDouble(), Math.Round(random.NextDouble() * 3) }).ToList();
        int[][] clusterings =
        [
            points.Select(p => (int)p[0]).ToArray(),
            points.Select(p => p[1] < 0.5 ? 7 : -2).ToArray(),
            points.Select((_, i) => i == 0 ? 1 : i % 5 == 0 ? 2 : 3).ToArray(),
            points.Select(_ => 4).ToArray(),
        ];
        return (points, clusterings);
    }

    [Fact]
    public void Several_clusterings_scored_in_one_pass_over_stored_distances_give_each_its_own_silhouettes()
    {
        var (points, clusterings) = Scatter(300, 3);
        var distances = new DistanceMatrix(points);
        Assert.True(distances.IsStored);

        var values = Silhouette.ValuesOfEach(distances, clusterings);

        for (int c = 0; c < 3; c++)
            Assert.Equal(Reference(points, clusterings[c], (a, b) => (float)DistanceMatrix.Distance(a, b)), values[c]);
        Assert.All(values[3], v => Assert.True(double.IsNaN(v)));
        Assert.Equal(values.Take(3).Select(v => v.Average()), Silhouette.Means(distances, clusterings).Take(3));
        Assert.True(double.IsNaN(Silhouette.Means(distances, clusterings)[3]));
    }

    [Fact]
    public void Beyond_the_stored_matrix_each_row_is_computed_once_for_all_clusterings_with_the_same_results()
    {
        var (points, clusterings) = Scatter(DistanceMatrix.MaxStoredPoints + 37, 5);
        var distances = new DistanceMatrix(points);
        Assert.False(distances.IsStored);

        var values = Silhouette.ValuesOfEach(distances, clusterings[..3]);

        for (int c = 0; c < 3; c++)
            Assert.Equal(Reference(points, clusterings[c], DistanceMatrix.Distance), values[c]);
    }
}
