using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Ressourcerie.Analytics.Needs.Clustering;

/// <summary>
/// The first two principal components of the feature vectors, for the cluster chart: the centred
/// matrix's SVD by MathNet.Numerics (exact and deterministic), not ML.NET's PCA, which is a
/// randomized approximation whose axes depend on its seed. Each axis is signed so that its largest
/// loading is positive, so that the chart does not flip between runs or machines.
/// </summary>
internal static class PrincipalComponents
{
    /// <returns>The coordinates of each point on the two axes and the share of variance each axis explains.</returns>
    public static (double X, double Y)[] Project(IReadOnlyList<double[]> points, out double[] explainedVariance)
    {
        int n = points.Count, d = points[0].Length;
        explainedVariance = [0, 0];
        var result = new (double X, double Y)[n];
        if (n < 2) return result;

        var matrix = Matrix<double>.Build.DenseOfRowArrays(points);
        var mean = matrix.ColumnSums() / n;
        for (int i = 0; i < n; i++) matrix.SetRow(i, matrix.Row(i) - mean);
        // With more points than features, the SVD of the d × d triangle R of a thin QR of the centred
        // matrix has the same singular values and right singular vectors as the matrix itself,
        // without the n × n left vectors a direct SVD computes (18 MB and most of its time for
        // 1,500 institutions).
        var svd = n > d ? matrix.QR(QRMethod.Thin).R.Svd(computeVectors: true) : matrix.Svd(computeVectors: true);
        var singular = svd.S;
        double total = singular.Sum(s => s * s);
        var axes = svd.VT;
        int components = Math.Min(2, Math.Min(singular.Count, d));
        var coordinates = new double[2][];
        for (int c = 0; c < 2; c++)
        {
            coordinates[c] = new double[n];
            if (c >= components || singular[c] <= 1e-12) continue;
            var axis = axes.Row(c);
            int largest = axis.AbsoluteMaximumIndex();
            if (axis[largest] < 0) axis = -axis;
            var projected = matrix * axis;
            for (int i = 0; i < n; i++) coordinates[c][i] = projected[i];
            explainedVariance[c] = total > 0 ? singular[c] * singular[c] / total : 0;
        }
        for (int i = 0; i < n; i++) result[i] = (coordinates[0][i], coordinates[1][i]);
        return result;
    }
}
