using MathNet.Numerics.LinearAlgebra;
using Ressourcerie.Analytics.Needs;
using Ressourcerie.Analytics.Needs.Clustering;
using Ressourcerie.Analytics.Tests.SampleData;

namespace Ressourcerie.Analytics.Tests.Needs;

public class PrincipalComponentsTests
{
    /// <summary>The reference: MathNet.Numerics' SVD of the centred matrix, axes signed by their largest loading.</summary>
    private static ((double X, double Y)[] Plane, double[] Explained) Svd(IReadOnlyList<double[]> points)
    {
        var matrix = Matrix<double>.Build.DenseOfRowArrays(points);
        var mean = matrix.ColumnSums() / points.Count;
        for (int i = 0; i < points.Count; i++) matrix.SetRow(i, matrix.Row(i) - mean);
        var svd = matrix.Svd(computeVectors: true);
        double total = svd.S.Sum(s => s * s);
        var plane = new (double X, double Y)[points.Count];
        var explained = new double[2];
        var coordinates = new double[2][];
        for (int c = 0; c < 2; c++)
        {
            var axis = svd.VT.Row(c);
            if (axis[axis.AbsoluteMaximumIndex()] < 0) axis = -axis;
            coordinates[c] = (matrix * axis).ToArray();
            explained[c] = svd.S[c] * svd.S[c] / total;
        }
        for (int i = 0; i < points.Count; i++) plane[i] = (coordinates[0][i], coordinates[1][i]);
        return (plane, explained);
    }

    private static IReadOnlyList<double[]> Gaussian(int n, int d, int seed)
    {
        var random = new Random(seed);
        var scales = Enumerable.Range(0, d).Select(j => 3.0 / (j + 1)).ToArray();
        return Enumerable.Range(0, n).Select(_ => scales.Select(s => s * (random.NextDouble() + random.NextDouble() - 1)).ToArray()).ToList();
    }

    public static TheoryData<string> Sets => ["sample", "gaussian 300 x 22", "gaussian 15 x 22"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_plane_is_the_one_of_the_singular_value_decomposition(string set)
    {
        IReadOnlyList<double[]> points = set switch
        {
            "sample" => SampleFeatures(),
            "gaussian 300 x 22" => Gaussian(300, 22, 1),
            _ => Gaussian(15, 22, 2),
        };
        var (expected, expectedExplained) = Svd(points);

        var plane = PrincipalComponents.Project(points, out var explained);

        for (int i = 0; i < points.Count; i++)
        {
            Assert.Equal(expected[i].X, plane[i].X, 1e-9);
            Assert.Equal(expected[i].Y, plane[i].Y, 1e-9);
        }
        Assert.Equal(expectedExplained[0], explained[0], 1e-12);
        Assert.Equal(expectedExplained[1], explained[1], 1e-12);
    }

    [Fact]
    public void Points_on_a_line_have_one_axis_and_no_second()
    {
        double[][] points = [[0, 0, 1], [1, 2, 1], [2, 4, 1], [3, 6, 1], [-1, -2, 1]];

        var plane = PrincipalComponents.Project(points, out var explained);

        // Centred on (1, 2, 1), along (1, 2, 0) / √5.
        Assert.Equal([-Math.Sqrt(5), 0, Math.Sqrt(5), 2 * Math.Sqrt(5), -2 * Math.Sqrt(5)], plane.Select(p => p.X), new ToleranceComparer(1e-12));
        Assert.All(plane, p => Assert.Equal(0, p.Y));
        Assert.Equal([1.0, 0.0], explained);
    }

    [Fact]
    public void Jacobi_rotations_diagonalise_a_symmetric_matrix_into_its_eigenvalues()
    {
        // Eigenvalues 1, 2 and 4; eigenvectors (1, -1, 0), (1, 1, -1) and (1, 1, 2), normalised.
        double[] matrix = [2.5, 0.5, 1, 0.5, 2.5, 1, 1, 1, 2];
        var vectors = PrincipalComponents.SymmetricEigenvectors(matrix, 3);

        var eigenvalues = new[] { matrix[0], matrix[4], matrix[8] }.Order().ToArray();
        Assert.Equal([1.0, 2.0, 4.0], eigenvalues, new ToleranceComparer(1e-12));
        var original = Matrix<double>.Build.DenseOfRowMajor(3, 3, [2.5, 0.5, 1, 0.5, 2.5, 1, 1, 1, 2]);
        var v = Matrix<double>.Build.DenseOfRowMajor(3, 3, vectors);
        Assert.True((original * v - v * Matrix<double>.Build.DiagonalOfDiagonalArray([matrix[0], matrix[4], matrix[8]])).FrobeniusNorm() < 1e-12);
        Assert.True((v.TransposeThisAndMultiply(v) - Matrix<double>.Build.DenseIdentity(3)).FrobeniusNorm() < 1e-12);
    }

    private static IReadOnlyList<double[]> SampleFeatures()
    {
        var study = Study.Load(RepositoryPaths.SampleData);
        return NeedFeatureMatrix.Build(study.Institutions, study.Needs, NeedsClusteringOptions.Default).Rows;
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
